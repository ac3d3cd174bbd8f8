use leptos::prelude::*;

use super::legal_page;
use crate::i18n::texts;

#[component]
pub fn PrivacyPage() -> impl IntoView {
    legal_page(|lang| texts(lang).privacy, fr, en)
}

fn fr() -> AnyView {
    view! {
        <p class="lead">"Ce portail n'utilise "<strong>"aucun traceur"</strong>" : ni outil de mesure d'audience, ni cookie publicitaire, ni bouton de réseau social, ni ressource chargée depuis un service tiers."</p>
        <h2>"Ce qui est conservé sur votre appareil"</h2>
        <p>"Deux informations seulement sont enregistrées dans le stockage local de votre navigateur : la langue que vous choisissez (clé « parisante-portal.lang »), pour afficher le portail dans cette langue à votre prochaine visite, et votre sélection de formations (clé « parisante-portal.shortlist »). Elles ne quittent jamais votre appareil, sauf si vous partagez vous-même le lien de votre sélection ; vous pouvez les effacer en supprimant les données du site dans votre navigateur."</p>
        <p>"Dans l'espace start-up seulement, une troisième information est gardée : le brouillon de la fiche en cours de modification (clé « parisante-portal.draft.<start-up> »), pour ne rien perdre si l'onglet se ferme ou si le réseau coupe. Il est effacé dès l'enregistrement, quand vous l'écartez ou quand vous vous déconnectez. La connexion utilise un cookie de session strictement nécessaire (« campus_session »), limité à l'API du campus, illisible par les scripts et supprimé à la déconnexion ou au bout de 8 heures."</p>
        <h2>"Ce que reçoit le serveur du campus"</h2>
        <p>"Votre navigateur ne contacte que le serveur du campus, pour charger les pages et leurs données. Le serveur ne tient pas de journal des pages consultées et ne dépose aucun cookie sur les pages publiques."</p>
        <h2>"Vos droits"</h2>
        <p>"Conformément au règlement général sur la protection des données (RGPD) et à la loi Informatique et Libertés, vous disposez d'un droit d'accès, de rectification et d'effacement des données vous concernant, en écrivant à l'équipe du campus. Vous pouvez aussi adresser une réclamation à la CNIL."</p>
    }
    .into_any()
}

fn en() -> AnyView {
    view! {
        <p class="lead">"This portal uses "<strong>"no trackers"</strong>": no audience measurement, no advertising cookie, no social media button, nothing loaded from a third-party service."</p>
        <h2>"What is kept on your device"</h2>
        <p>"Only two things are saved in your browser's local storage: the language you choose (key “parisante-portal.lang”), so that the portal opens in that language next time, and your programme shortlist (key “parisante-portal.shortlist”). They never leave your device unless you share your shortlist's link yourself; you can erase them by clearing this site's data in your browser."</p>
        <p>"In the start-up space only, a third thing is kept: the draft of the profile being edited (key “parisante-portal.draft.<start-up>”), so that nothing is lost if the tab closes or the network drops. It is deleted once saved, when you discard it or when you sign out. Signing in uses one strictly necessary session cookie (“campus_session”), limited to the campus API, unreadable by scripts, and deleted when you sign out or after 8 hours."</p>
        <h2>"What the campus server receives"</h2>
        <p>"Your browser only contacts the campus server, to load pages and their data. The server keeps no log of the pages you read and sets no cookie on public pages."</p>
        <h2>"Your rights"</h2>
        <p>"Under the General Data Protection Regulation (GDPR) and the French Data Protection Act, you have the right to access, correct and erase data about you, by writing to the campus team. You may also lodge a complaint with the CNIL, the French data protection authority."</p>
    }
    .into_any()
}
