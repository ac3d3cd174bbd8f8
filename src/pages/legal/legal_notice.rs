use leptos::prelude::*;
use leptos_router::components::A;

use super::legal_page;
use crate::{
    i18n::{page_texts, texts},
    routes::{Href, Page},
};

#[component]
pub fn LegalNoticePage() -> impl IntoView {
    legal_page(
        |lang| texts(lang).legal_notice,
        |lang| page_texts(lang).legal_notice_description,
        fr,
        en,
    )
}

// A GIS has no legal personality: the publisher is the legal entity that carries it. What
// the seed article does not say (that entity, its SIREN, the host) is marked to be
// completed, never invented.
fn fr() -> AnyView {
    view! {
        <h2>"Éditeur"</h2>
        <p>"Le portail est publié pour PariSanté Campus, groupement d'intérêt scientifique (GIS) de cinq opérateurs publics : l'Agence du numérique en santé, l'Inserm, Inria, l'Université Paris Sciences & Lettres et le Health Data Hub. Un GIS n'a pas de personnalité juridique : l'éditeur est l'entité qui le porte juridiquement. En février 2022, le groupement était dirigé par le Pr Antoine Tesnière."</p>
        <ul>
            <li>"Dénomination de l'éditeur, forme juridique et numéro SIREN : "<em>"à compléter par l'éditeur avant la mise en ligne"</em>"."</li>
            <li>"Adresse du siège : "<em>"à compléter"</em>". Le campus est installé dans l'immeuble « Fresk », Paris 15ᵉ."</li>
            <li>"Contact (adresse électronique et téléphone) : "<em>"à compléter"</em>"."</li>
        </ul>
        <h2>"Direction de la publication"</h2>
        <p>"La directrice ou le directeur de la publication est le représentant légal de l'éditeur, ou la personne qu'il désigne : "<em>"à compléter"</em>"."</p>
        <h2>"Hébergement"</h2>
        <p>"Nom, dénomination, adresse et téléphone de l'hébergeur : "<em>"à compléter lors du choix de l'hébergement"</em>". Le portail ne charge aucune ressource depuis un service tiers (ni réseau de diffusion de contenu, ni police ou script externe)."</p>
        <h2>"Contenus"</h2>
        <p>"Les informations sur le campus proviennent de l'article « PariSanté Campus, le carrefour du numérique en santé », paru dans Innov'Asso en février 2022 ; elles décrivent le campus et ses projets tels qu'ils étaient présentés à cette date. Les contenus signalés comme « contenu d'exemple » illustrent le fonctionnement du portail et ne décrivent pas une offre réelle."</p>
        <h2>"Propriété intellectuelle"</h2>
        <p>"Les noms et logos des membres fondateurs, instituts et partenaires appartiennent à leurs titulaires respectifs."</p>
        <h2>"Données personnelles"</h2>
        <p>"Les traitements de données du portail, leurs durées de conservation et vos droits sont décrits dans la page "<A href=Page::Privacy.href(model::Lang::Fr)>"Données personnelles"</A>"."</p>
    }
    .into_any()
}

fn en() -> AnyView {
    view! {
        <h2>"Publisher"</h2>
        <p>"The portal is published for PariSanté Campus, a scientific interest group (GIS) of five public bodies: the French Digital Health Agency (ANS), Inserm, Inria, Université Paris Sciences & Lettres and the Health Data Hub. A GIS has no legal personality: the publisher is the legal entity that carries it. In February 2022, the group was led by Prof. Antoine Tesnière."</p>
        <ul>
            <li>"Publisher's name, legal form and SIREN number: "<em>"to be completed by the publisher before going live"</em>"."</li>
            <li>"Registered address: "<em>"to be completed"</em>". The campus is in the “Fresk” building, in the 15th arrondissement of Paris."</li>
            <li>"Contact (e-mail and telephone): "<em>"to be completed"</em>"."</li>
        </ul>
        <h2>"Publication director"</h2>
        <p>"The publication director is the publisher's legal representative, or the person they appoint: "<em>"to be completed"</em>"."</p>
        <h2>"Hosting"</h2>
        <p>"The host's name, legal name, address and telephone: "<em>"to be completed once the host is chosen"</em>". Nothing is loaded from a third-party service (no content delivery network, no external font or script)."</p>
        <h2>"Content"</h2>
        <p>"Information about the campus comes from the article “"<cite lang="fr">"PariSanté Campus, le carrefour du numérique en santé"</cite>"”, published in Innov'Asso in February 2022; it describes the campus and its plans as they were presented then. Content marked “sample content” illustrates how the portal works and does not describe a real offer."</p>
        <h2>"Intellectual property"</h2>
        <p>"The names and logos of the founding members, institutes and partners belong to their respective owners."</p>
        <h2>"Personal data"</h2>
        <p>"What the portal does with personal data, how long it keeps it and your rights are set out on the "<A href=Page::Privacy.href(model::Lang::En)>"Privacy"</A>" page."</p>
    }
    .into_any()
}
