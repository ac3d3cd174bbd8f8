use leptos::prelude::*;

use super::legal_page;
use crate::i18n::{page_texts, texts};

#[component]
pub fn PrivacyPage() -> impl IntoView {
    legal_page(
        |lang| texts(lang).privacy,
        |lang| page_texts(lang).privacy_description,
        fr,
        en,
    )
}

/// One processing of the register: its name, then purpose, legal basis, data, retention
/// and recipients, as the CNIL's register model lists them.
fn processing(title: &'static str, rows: [(&'static str, &'static str); 5]) -> impl IntoView {
    view! {
        <h3>{title}</h3>
        <dl class="register">
            {rows.into_iter().map(|(term, text)| view! { <dt>{term}</dt><dd>{text}</dd> }).collect_view()}
        </dl>
    }
}

// The register lists what the code does (server/src/db/retention.rs enforces the periods);
// what only the publisher can say (its identity, its DPO, the host's log and backup
// periods) is marked to be completed, never invented.
fn fr() -> AnyView {
    const PURPOSE: &str = "Finalité";
    const BASIS: &str = "Base légale";
    const DATA: &str = "Données";
    const KEPT: &str = "Conservation";
    const TO: &str = "Destinataires";
    view! {
        <p class="lead">"Ce portail n'utilise "<strong>"aucun traceur"</strong>" : ni outil de mesure d'audience, ni cookie publicitaire, ni bouton de réseau social, ni ressource chargée depuis un service tiers."</p>
        <h2>"Responsable du traitement et délégué à la protection des données"</h2>
        <p>"Le responsable des traitements décrits ici est l'éditeur du portail (voir les mentions légales) : "<em>"à compléter par l'éditeur avant la mise en ligne"</em>". Délégué à la protection des données (DPO) : "<em>"coordonnées à compléter"</em>"."</p>
        <h2>"Ce qui est conservé sur votre appareil"</h2>
        <p>"Deux informations seulement sont enregistrées dans le stockage local de votre navigateur : la langue que vous choisissez (clé « parisante-portal.lang »), pour afficher le portail dans cette langue à votre prochaine visite, et votre sélection de formations (clé « parisante-portal.shortlist »). Elles ne quittent jamais votre appareil, sauf si vous partagez vous-même le lien de votre sélection ; vous pouvez les effacer en supprimant les données du site dans votre navigateur."</p>
        <p>"Dans l'espace start-up seulement, une troisième information est gardée : le brouillon de la fiche en cours de modification (clé « parisante-portal.draft.<start-up> »), pour ne rien perdre si l'onglet se ferme ou si le réseau coupe. Il est effacé dès l'enregistrement, quand vous l'écartez ou quand vous vous déconnectez. La connexion utilise un cookie de session strictement nécessaire (« campus_session »), limité à l'API du campus, illisible par les scripts et supprimé à la déconnexion ou au bout de 8 heures."</p>
        <h2>"Registre des traitements"</h2>
        <p>"Les durées ci-dessous sont appliquées par le serveur lui-même : il efface ce qui a dépassé sa durée au démarrage puis toutes les heures."</p>
        {processing("Consultation des pages publiques", [
            (PURPOSE, "Afficher le portail et ses données."),
            (BASIS, "Intérêt légitime de l'éditeur à informer le public (article 6.1.f du RGPD)."),
            (DATA, "L'adresse IP et la page demandée, le temps de répondre : le serveur ne tient aucun journal des pages consultées."),
            (KEPT, "Aucune conservation."),
            (TO, "Aucun."),
        ])}
        {processing("Comptes de l'espace start-up", [
            (PURPOSE, "Permettre aux membres des start-ups hébergées de tenir leur fiche à jour."),
            (BASIS, "Exécution de l'accord d'hébergement de la start-up (article 6.1.b du RGPD), à confirmer par le responsable du traitement."),
            (DATA, "Adresse électronique, empreinte du mot de passe (argon2id ; le mot de passe lui-même n'est jamais conservé), start-up rattachée, date de création du compte."),
            (KEPT, "Tant que la start-up est hébergée ; le compte est supprimé à son départ. Sa suppression efface aussitôt l'adresse électronique de l'historique."),
            (TO, "L'équipe du campus qui administre le portail."),
        ])}
        {processing("Sessions de connexion", [
            (PURPOSE, "Garder le membre connecté et protéger ses modifications (jeton anti-CSRF)."),
            (BASIS, "Nécessaire au service demandé par le membre (article 6.1.b du RGPD)."),
            (DATA, "Empreinte SHA-256 du jeton de session, jeton anti-CSRF, heures de connexion et d'expiration."),
            (KEPT, "8 heures au plus ; effacée à la déconnexion, et les sessions expirées sont supprimées toutes les heures."),
            (TO, "Aucun."),
        ])}
        {processing("Historique des modifications des fiches", [
            (PURPOSE, "Savoir qui a modifié une fiche et quand, et retrouver une version antérieure."),
            (BASIS, "Intérêt légitime de l'éditeur à garantir l'exactitude de l'annuaire (article 6.1.f du RGPD)."),
            (DATA, "Adresse électronique de l'auteur, date, champs modifiés, fiche telle qu'enregistrée."),
            (KEPT, "12 mois, puis effacement automatique."),
            (TO, "Les membres de la start-up concernée, l'équipe du campus."),
        ])}
        {processing("Inscriptions aux événements de l'agenda", [
            (PURPOSE, "Réserver une place (ou une place sur liste d'attente), confirmer l'inscription par un lien envoyé par e-mail, envoyer les messages de l'événement (confirmation, rappel la veille, place libérée, annulation) et donner à l'équipe qui organise la liste des inscrits."),
            (BASIS, "Exécution de la demande d'inscription de la personne (article 6.1.b du RGPD), à confirmer par le responsable du traitement."),
            (DATA, "Nom, adresse électronique, langue des e-mails, organisation ou association si elle est indiquée, état de l'inscription et ses dates, jeton secret du lien de l'e-mail."),
            (KEPT, "Jusqu'à 30 jours après la fin de l'événement, puis effacement automatique. Un e-mail en attente d'envoi est effacé dès son envoi."),
            (TO, "L'équipe qui organise l'événement\u{202f}; le relais de messagerie qui achemine les e-mails."),
        ])}
        {processing("Besoins d'accessibilité des personnes inscrites", [
            (PURPOSE, "Permettre à l'équipe qui organise d'accueillir chaque personne selon ses besoins (place pour fauteuil, interprétation, boucle magnétique…)."),
            (BASIS, "Consentement explicite de la personne, demandé par une case à cocher séparée (article 9.2.a du RGPD\u{202f}: ce sont des données de santé). Sans consentement, rien n'est transmis."),
            (DATA, "Le texte que la personne a écrit, tel quel."),
            (KEPT, "Jusqu'à 30 jours après la fin de l'événement, avec le reste de l'inscription\u{202f}; il n'apparaît jamais dans une réponse publique ni dans un journal."),
            (TO, "L'équipe qui organise l'événement seulement."),
        ])}
        {processing("Protection contre les tentatives de connexion abusives", [
            (PURPOSE, "Limiter les essais de mots de passe."),
            (BASIS, "Intérêt légitime de l'éditeur à sécuriser les comptes (article 6.1.f du RGPD)."),
            (DATA, "Empreintes (hachées avec une clé secrète propre au serveur) de l'adresse électronique saisie et de l'adresse IP (en IPv6, de son préfixe /64), heures des tentatives. En mémoire seulement, jamais écrites sur disque."),
            (KEPT, "15 minutes par tentative ; 30 jours pour une adresse depuis laquelle le compte s'est connecté ; tout est effacé au redémarrage du serveur."),
            (TO, "Aucun."),
        ])}
        {processing("Journaux techniques", [
            (PURPOSE, "Sécurité et diagnostic des pannes."),
            (BASIS, "Intérêt légitime de l'éditeur à sécuriser le service (article 6.1.f du RGPD)."),
            (DATA, "Identifiant numérique du compte lors d'une connexion ou d'un enregistrement, heure, méthode et chemin des requêtes en erreur ; jamais l'adresse électronique, le mot de passe, les cookies, le texte des recherches ni le contenu des requêtes. Le serveur n'écrit aucun fichier de journal : ces lignes vont à sa sortie d'erreur, que conserve l'hébergeur."),
            (KEPT, "Durée fixée par l'hébergeur : à compléter (la CNIL recommande de 6 mois à 1 an)."),
            (TO, "L'équipe du campus, l'hébergeur."),
        ])}
        {processing("Sauvegardes", [
            (PURPOSE, "Restaurer le service après un incident."),
            (BASIS, "Intérêt légitime de l'éditeur à assurer la continuité du service (article 6.1.f du RGPD)."),
            (DATA, "Copie complète de la base : comptes, sessions, historique, fiches."),
            (KEPT, "Rotation des sauvegardes fixée par l'éditeur : à compléter."),
            (TO, "L'équipe du campus, l'hébergeur."),
        ])}
        <h2>"Vos droits"</h2>
        <p>"Conformément au règlement général sur la protection des données (RGPD) et à la loi Informatique et Libertés, vous disposez des droits d'accès, de rectification, d'effacement et de limitation du traitement, du droit d'opposition aux traitements fondés sur l'intérêt légitime, du droit à la portabilité des données que vous avez fournies, et du droit de définir des directives sur le sort de vos données après votre décès."</p>
        <p>"Pour les exercer, écrivez au délégué à la protection des données : "<em>"adresse à compléter par l'éditeur"</em>". Les membres d'une start-up peuvent aussi corriger eux-mêmes leur fiche dans l'espace start-up."</p>
        <p>"Si vous estimez, après nous avoir contactés, que vos droits ne sont pas respectés, vous pouvez adresser une réclamation à la CNIL, en ligne sur cnil.fr ou par courrier : CNIL, 3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07."</p>
    }
    .into_any()
}

fn en() -> AnyView {
    const PURPOSE: &str = "Purpose";
    const BASIS: &str = "Legal basis";
    const DATA: &str = "Data";
    const KEPT: &str = "Kept for";
    const TO: &str = "Recipients";
    view! {
        <p class="lead">"This portal uses "<strong>"no trackers"</strong>": no audience measurement, no advertising cookie, no social media button, nothing loaded from a third-party service."</p>
        <h2>"Data controller and data protection officer"</h2>
        <p>"The controller of the processing described here is the portal's publisher (see the legal notice): "<em>"to be completed by the publisher before going live"</em>". Data protection officer (DPO): "<em>"contact details to be completed"</em>"."</p>
        <h2>"What is kept on your device"</h2>
        <p>"Only two things are saved in your browser's local storage: the language you choose (key “parisante-portal.lang”), so that the portal opens in that language next time, and your programme shortlist (key “parisante-portal.shortlist”). They never leave your device unless you share your shortlist's link yourself; you can erase them by clearing this site's data in your browser."</p>
        <p>"In the start-up space only, a third thing is kept: the draft of the profile being edited (key “parisante-portal.draft.<start-up>”), so that nothing is lost if the tab closes or the network drops. It is deleted once saved, when you discard it or when you sign out. Signing in uses one strictly necessary session cookie (“campus_session”), limited to the campus API, unreadable by scripts, and deleted when you sign out or after 8 hours."</p>
        <h2>"Register of processing"</h2>
        <p>"The server itself applies the periods below: it deletes what has outlived them when it starts, then every hour."</p>
        {processing("Reading the public pages", [
            (PURPOSE, "Showing the portal and its data."),
            (BASIS, "The publisher's legitimate interest in informing the public (GDPR article 6(1)(f))."),
            (DATA, "The IP address and the page asked for, for as long as it takes to answer: the server keeps no log of the pages read."),
            (KEPT, "Not kept."),
            (TO, "None."),
        ])}
        {processing("Start-up space accounts", [
            (PURPOSE, "Letting members of hosted start-ups keep their profile up to date."),
            (BASIS, "Performance of the start-up's hosting agreement (GDPR article 6(1)(b)), to be confirmed by the controller."),
            (DATA, "E-mail address, password hash (argon2id; the password itself is never stored), the start-up, when the account was created."),
            (KEPT, "As long as the start-up is hosted; the account is deleted when it leaves. Deleting it removes its e-mail address from the history at once."),
            (TO, "The campus team that runs the portal."),
        ])}
        {processing("Sign-in sessions", [
            (PURPOSE, "Keeping the member signed in and protecting their changes (anti-CSRF token)."),
            (BASIS, "Needed for the service the member asks for (GDPR article 6(1)(b))."),
            (DATA, "SHA-256 hash of the session token, anti-CSRF token, sign-in and expiry times."),
            (KEPT, "8 hours at most; deleted on sign-out, and expired sessions are removed every hour."),
            (TO, "None."),
        ])}
        {processing("History of profile changes", [
            (PURPOSE, "Knowing who changed a profile and when, and finding an earlier version."),
            (BASIS, "The publisher's legitimate interest in an accurate directory (GDPR article 6(1)(f))."),
            (DATA, "The author's e-mail address, the date, the fields changed, the profile as saved."),
            (KEPT, "12 months, then deleted automatically."),
            (TO, "The start-up's members, the campus team."),
        ])}
        {processing("Registrations to events", [
            (PURPOSE, "Holding a seat (or a waitlist place), confirming the registration by a link sent by e-mail, sending the event's messages (confirmation, a reminder the day before, a freed seat, a cancellation) and giving the organising team its list of registrants."),
            (BASIS, "Performance of the person's registration request (GDPR article 6(1)(b)), to be confirmed by the controller."),
            (DATA, "Name, e-mail address, language of the e-mails, organisation or association if given, the registration's state and dates, the secret of the e-mail's link."),
            (KEPT, "Until 30 days after the event ends, then deleted automatically. An e-mail waiting to be sent is deleted once sent."),
            (TO, "The team organising the event; the mail relay that carries the e-mails."),
        ])}
        {processing("Accessibility needs of registrants", [
            (PURPOSE, "Letting the organising team welcome each person as they need (a wheelchair space, interpretation, an induction loop…)."),
            (BASIS, "The person's explicit consent, asked by a separate checkbox (GDPR article 9(2)(a): this is health data). Without consent, nothing is passed on."),
            (DATA, "The text the person wrote, as written."),
            (KEPT, "Until 30 days after the event ends, with the rest of the registration; it never appears in a public answer or in a log."),
            (TO, "The team organising the event only."),
        ])}
        {processing("Protection against sign-in abuse", [
            (PURPOSE, "Limiting password guessing."),
            (BASIS, "The publisher's legitimate interest in securing accounts (GDPR article 6(1)(f))."),
            (DATA, "Hashes (keyed with a secret of the server's own) of the e-mail address typed and of the IP address (for IPv6, its /64 prefix), and the times of the attempts. In memory only, never written to disk."),
            (KEPT, "15 minutes per attempt; 30 days for an address the account signed in from; all of it is erased when the server restarts."),
            (TO, "None."),
        ])}
        {processing("Technical logs", [
            (PURPOSE, "Security and troubleshooting."),
            (BASIS, "The publisher's legitimate interest in a secure service (GDPR article 6(1)(f))."),
            (DATA, "The account's number when it signs in or saves, the time, and the method and path of failed requests; never the e-mail address, the password, cookies, search text or request bodies. The server writes no log file: these lines go to its error output, which the host keeps."),
            (KEPT, "Set by the host: to be completed (the CNIL recommends 6 months to 1 year)."),
            (TO, "The campus team, the host."),
        ])}
        {processing("Backups", [
            (PURPOSE, "Restoring the service after an incident."),
            (BASIS, "The publisher's legitimate interest in keeping the service running (GDPR article 6(1)(f))."),
            (DATA, "A full copy of the database: accounts, sessions, history, profiles."),
            (KEPT, "Backup rotation set by the publisher: to be completed."),
            (TO, "The campus team, the host."),
        ])}
        <h2>"Your rights"</h2>
        <p>"Under the General Data Protection Regulation (GDPR) and the French Data Protection Act, you have the rights of access, rectification, erasure and restriction of processing, the right to object to processing based on legitimate interest, the right to portability of the data you provided, and the right to set instructions for your data after your death."</p>
        <p>"To exercise them, write to the data protection officer: "<em>"address to be completed by the publisher"</em>". Members of a start-up can also correct their own profile in the start-up space."</p>
        <p>"If, after contacting us, you believe your rights are not respected, you can lodge a complaint with the CNIL, the French data protection authority, online at cnil.fr or by post: CNIL, 3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07, France."</p>
    }
    .into_any()
}
