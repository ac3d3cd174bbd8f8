use leptos::prelude::*;

use super::legal_page;
use crate::i18n::page_texts;

#[component]
pub fn AccessibilityPage() -> impl IntoView {
    legal_page(
        |lang| page_texts(lang).accessibility_title,
        |lang| page_texts(lang).accessibility_description,
        fr,
        en,
    )
}

fn fr() -> AnyView {
    view! {
        <p>"PariSanté Campus s'engage à rendre son portail accessible à toutes et à tous, conformément à l'article 47 de la loi n° 2005-102 du 11 février 2005."</p>
        <p>"Cette déclaration d'accessibilité s'applique au portail de PariSanté Campus (adresse de publication : à compléter à la mise en ligne)."</p>
        <h2>"État de conformité"</h2>
        <p>"Le portail est "<strong>"non conforme"</strong>" au référentiel général d'amélioration de l'accessibilité (RGAA), version 4.1.2 : un critère au moins n'est pas respecté."</p>
        <h2>"Résultats des tests"</h2>
        <p>"L'évaluation interne réalisée le 5 décembre 2026 par l'équipe du portail, sur 106 critères et un échantillon de 20 pages, donne un taux global de conformité de "<strong>"98,6 %"</strong>" : 68 critères conformes, 1 non conforme et 37 non applicables. Ce résultat reste à confirmer par un audit indépendant (date à compléter par l'éditeur). La grille, critère par critère avec ses preuves, est publiée avec le code du portail (docs/accessibility/rgaa-4.1-grid.md)."</p>
        <h2>"Contenus non accessibles"</h2>
        <p>"Non-conformité relevée :"</p>
        <ul>
            <li>"Critère 13.1 (contrôle des limites de temps) : la session de l'espace start-up prend fin 8 heures après la connexion, sans avertissement ni moyen de la prolonger. Le brouillon en cours est gardé et l'enregistrement reprend après une nouvelle connexion."</li>
        </ul>
        <p>"Dérogation pour charge disproportionnée : aucune. Contenus non soumis à l'obligation d'accessibilité : aucun identifié."</p>
        <h2>"Établissement de cette déclaration"</h2>
        <p>"Cette déclaration a été établie le 1ᵉʳ décembre 2026 et mise à jour le 5 décembre 2026."</p>
        <ul>
            <li>"Technologies utilisées : HTML5, CSS, WebAssembly, JavaScript (chargement du WebAssembly)."</li>
            <li>"Environnement de test : Chromium 156 sans interface (headless), sous Linux, en 1280 et 390 pixels de large, au clavier seul pour la navigation, par les tests automatisés du projet."</li>
            <li>"Combinaisons de technologies d'assistance et de navigateurs testées : aucune. Aucun test n'a encore été fait avec un lecteur d'écran ou une loupe ; restent à tester au moins NVDA avec Firefox, JAWS avec Chrome ou Edge, VoiceOver avec Safari (macOS et iOS) et TalkBack avec Chrome (Android) : "<em>"date à compléter par l'éditeur"</em>"."</li>
            <li>"Outils : axe-core 4.14.1 (critères WCAG 2.1 A et AA), le validateur Nu Html Checker 26.9.27, Lighthouse 12, et des tests de navigation au clavier (lien d'évitement, focus au changement de page, filtres)."</li>
            <li>"Pages testées, en français et en anglais : accueil, les pôles, chaque type de page de pôle, catalogue des formations, une formation, ma sélection, comparaison, annuaire des start-ups, une start-up, agenda, un événement, rejoindre le campus, plan du site, espace start-up et processus « modifier et enregistrer la fiche », déclaration d'accessibilité, mentions légales, données personnelles, page introuvable."</li>
        </ul>
        <h2>"Retour d'information et contact"</h2>
        <p>"Si vous ne parvenez pas à accéder à un contenu ou à un service, contactez le responsable du portail pour être orienté vers une alternative accessible ou obtenir le contenu sous une autre forme : adresse électronique et adresse postale à compléter par l'éditeur avant la mise en ligne (PariSanté Campus, immeuble « Fresk », Paris 15ᵉ)."</p>
        <h2>"Voies de recours"</h2>
        <p>"Si vous avez signalé un défaut d'accessibilité qui vous empêche d'accéder à un contenu ou à un service du portail et que vous n'avez pas obtenu de réponse satisfaisante, vous pouvez :"</p>
        <ul>
            <li>"écrire un message au Défenseur des droits (formulaire en ligne sur defenseurdesdroits.fr) ;"</li>
            <li>"contacter le délégué du Défenseur des droits dans votre région ;"</li>
            <li>"envoyer un courrier par la poste (gratuit, ne pas mettre de timbre) : Défenseur des droits, Libre réponse 71120, 75342 Paris Cedex 07."</li>
        </ul>
        <h2>"Schéma pluriannuel et plan d'action"</h2>
        <p>"Le schéma pluriannuel de mise en accessibilité et le plan d'action de l'année sont à établir et à publier par l'éditeur (à compléter)."</p>
    }
    .into_any()
}

fn en() -> AnyView {
    view! {
        <p>"PariSanté Campus is committed to making its portal accessible to everyone, in line with article 47 of French law no. 2005-102 of 11 February 2005."</p>
        <p>"This accessibility statement applies to the PariSanté Campus portal (its public address is to be completed when it goes online)."</p>
        <h2>"Compliance status"</h2>
        <p>"The portal is "<strong>"not compliant"</strong>" with the French accessibility framework (RGAA), version 4.1.2: at least one criterion is not met."</p>
        <h2>"Test results"</h2>
        <p>"The internal evaluation made on 5 December 2026 by the portal team, over 106 criteria and a sample of 20 pages, gives an overall compliance rate of "<strong>"98.6%"</strong>": 68 criteria met, 1 not met and 37 not applicable. This result is still to be confirmed by an independent audit (date to be completed by the publisher). The grid, criterion by criterion with its evidence, is published with the portal's code (docs/accessibility/rgaa-4.1-grid.md)."</p>
        <h2>"Non-accessible content"</h2>
        <p>"Non-compliance found:"</p>
        <ul>
            <li>"Criterion 13.1 (control of time limits): the start-up space's session ends 8 hours after signing in, with no warning and no way to extend it. The draft being typed is kept, and saving resumes after signing in again."</li>
        </ul>
        <p>"Exemption for disproportionate burden: none. Content outside the scope of the law: none identified."</p>
        <h2>"How this statement was prepared"</h2>
        <p>"This statement was prepared on 1 December 2026 and updated on 5 December 2026."</p>
        <ul>
            <li>"Technologies: HTML5, CSS, WebAssembly, JavaScript (to load the WebAssembly)."</li>
            <li>"Test environment: headless Chromium 156, on Linux, at 1280 and 390 pixels wide, with the keyboard alone for navigation, through the project's automated tests."</li>
            <li>"Assistive technology and browser combinations tested: none. No test has been made yet with a screen reader or a magnifier; still to be tested are at least NVDA with Firefox, JAWS with Chrome or Edge, VoiceOver with Safari (macOS and iOS) and TalkBack with Chrome (Android): "<em>"date to be completed by the publisher"</em>"."</li>
            <li>"Tools: axe-core 4.14.1 (WCAG 2.1 A and AA criteria), the Nu Html Checker 26.9.27, Lighthouse 12, and keyboard navigation tests (skip link, focus on page change, filters)."</li>
            <li>"Pages tested, in French and English: home, the poles, each kind of pole page, the programme catalogue, a programme, the shortlist, compare, the start-up directory, a start-up, the agenda, an event, joining the campus, the site map, the start-up space and the “edit and save the profile” process, this statement, the legal notice, privacy, the page-not-found page."</li>
        </ul>
        <h2>"Feedback and contact"</h2>
        <p>"If you cannot access some content or service, contact the person responsible for the portal to be directed to an accessible alternative or to get the content in another form: e-mail and postal addresses to be completed by the publisher before the portal goes online (PariSanté Campus, “Fresk” building, Paris 15th arrondissement)."</p>
        <h2>"Enforcement procedure"</h2>
        <p>"If you have reported an accessibility issue that prevents you from accessing some content or service of the portal and have not received a satisfactory answer, you can:"</p>
        <ul>
            <li>"write to the Défenseur des droits (online form on defenseurdesdroits.fr);"</li>
            <li>"contact the Défenseur des droits delegate in your region;"</li>
            <li>"send a letter by post (free of charge, no stamp needed): Défenseur des droits, Libre réponse 71120, 75342 Paris Cedex 07, France."</li>
        </ul>
        <h2>"Multi-year plan and action plan"</h2>
        <p>"The multi-year accessibility plan and this year's action plan are to be drawn up and published by the publisher (to be completed)."</p>
    }
    .into_any()
}
