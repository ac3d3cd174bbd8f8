use leptos::prelude::*;

use super::legal_page;
use crate::i18n::texts;

#[component]
pub fn LegalNoticePage() -> impl IntoView {
    legal_page(|lang| texts(lang).legal_notice, fr, en)
}

fn fr() -> AnyView {
    view! {
        <h2>"Éditeur"</h2>
        <p>"PariSanté Campus, groupement d'intérêt scientifique porté par cinq opérateurs publics : l'Agence du numérique en santé, l'Inserm, Inria, l'Université Paris Sciences & Lettres et le Health Data Hub. Immeuble « Fresk », Paris 15e."</p>
        <h2>"Direction de la publication"</h2>
        <p>"Pr Antoine Tesnière, directeur de PariSanté Campus."</p>
        <h2>"Hébergement"</h2>
        <p>"Le portail et son interface de programmation (API) sont servis par les serveurs du campus. Aucune ressource n'est chargée depuis un service tiers (pas de réseau de diffusion de contenu, de police ou de script externe)."</p>
        <h2>"Contenus"</h2>
        <p>"Les informations sur le campus proviennent d'un dossier publié par Innov'Asso (France Assos Santé) en février 2022. Les contenus signalés comme « contenu d'exemple » illustrent le fonctionnement du portail et ne décrivent pas une offre réelle."</p>
        <h2>"Propriété intellectuelle"</h2>
        <p>"Les noms et logos des membres fondateurs, instituts et partenaires appartiennent à leurs titulaires respectifs."</p>
    }
    .into_any()
}

fn en() -> AnyView {
    view! {
        <h2>"Publisher"</h2>
        <p>"PariSanté Campus, a scientific interest group (GIS) run by five public bodies: the French Digital Health Agency (ANS), Inserm, Inria, Université Paris Sciences & Lettres and the Health Data Hub. “Fresk” building, Paris 15th arrondissement."</p>
        <h2>"Publication director"</h2>
        <p>"Prof. Antoine Tesnière, director of PariSanté Campus."</p>
        <h2>"Hosting"</h2>
        <p>"The portal and its programming interface (API) are served by the campus's own servers. Nothing is loaded from a third-party service (no content delivery network, no external font or script)."</p>
        <h2>"Content"</h2>
        <p>"Information about the campus comes from a feature published by Innov'Asso (France Assos Santé) in February 2022. Content marked “sample content” illustrates how the portal works and does not describe a real offer."</p>
        <h2>"Intellectual property"</h2>
        <p>"The names and logos of the founding members, institutes and partners belong to their respective owners."</p>
    }
    .into_any()
}
