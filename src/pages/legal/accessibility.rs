use leptos::prelude::*;

use super::legal_page;
use crate::i18n::texts;

#[component]
pub fn AccessibilityPage() -> impl IntoView {
    legal_page(|lang| texts(lang).accessibility_title, fr, en)
}

fn fr() -> AnyView {
    view! {
        <p>"PariSanté Campus s'engage à rendre son portail accessible à toutes et à tous, conformément à l'article 47 de la loi n° 2005-102 du 11 février 2005. L'accès au numérique pour tous fait partie de la mission du campus."</p>
        <h2>"État de conformité"</h2>
        <p>"Le portail est "<strong>"partiellement conforme"</strong>" au référentiel général d'amélioration de l'accessibilité (RGAA 4.1), qui reprend les critères WCAG 2.1 niveaux A et AA : aucun audit externe n'a encore été réalisé."</p>
        <h2>"Ce que nous vérifions à chaque modification"</h2>
        <ul>
            <li>"Chaque page est analysée automatiquement par axe-core (critères WCAG 2.1 A et AA) : une seule anomalie bloque la publication."</li>
            <li>"Tout le portail s'utilise au clavier ; un lien d'évitement mène au contenu ; à chaque changement de page, le focus est placé sur son titre."</li>
            <li>"Les couleurs respectent un contraste d'au moins 4,5:1 ; le texte peut être agrandi à 200 % sans perte de contenu."</li>
            <li>"Le portail existe en français et en anglais ; la langue de chaque page est déclarée."</li>
        </ul>
        <h2>"Signaler un problème"</h2>
        <p>"Si vous ne parvenez pas à accéder à un contenu ou à un service, écrivez à l'équipe du campus (PariSanté Campus, immeuble « Fresk », Paris 15e) : nous vous répondrons et vous proposerons une alternative accessible."</p>
        <h2>"Voies de recours"</h2>
        <p>"Si vous n'obtenez pas de réponse satisfaisante, vous pouvez saisir le Défenseur des droits (formulaire en ligne, délégué de votre région, ou courrier gratuit : Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07)."</p>
    }
    .into_any()
}

fn en() -> AnyView {
    view! {
        <p>"PariSanté Campus is committed to making its portal accessible to everyone, in line with article 47 of French law no. 2005-102 of 11 February 2005. Digital access for everyone is part of the campus's mission."</p>
        <h2>"Compliance status"</h2>
        <p>"The portal is "<strong>"partially compliant"</strong>" with the French accessibility framework (RGAA 4.1), which covers WCAG 2.1 levels A and AA: no external audit has been carried out yet."</p>
        <h2>"What we check with every change"</h2>
        <ul>
            <li>"Every page is scanned by axe-core (WCAG 2.1 A and AA criteria): a single violation blocks a release."</li>
            <li>"The whole portal works with a keyboard; a skip link leads to the content; on every page change, focus moves to the page title."</li>
            <li>"Colours have a contrast ratio of at least 4.5:1; text can be enlarged to 200% without loss of content."</li>
            <li>"The portal is available in French and English; each page declares its language."</li>
        </ul>
        <h2>"Report a problem"</h2>
        <p>"If you cannot reach some content or service, write to the campus team (PariSanté Campus, “Fresk” building, Paris 15th arrondissement): we will answer and offer an accessible alternative."</p>
        <h2>"Enforcement procedure"</h2>
        <p>"If you do not get a satisfactory answer, you may refer the matter to the Défenseur des droits (online form, regional delegate, or free post: Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07, France)."</p>
    }
    .into_any()
}
