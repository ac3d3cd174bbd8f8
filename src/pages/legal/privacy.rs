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

/// One processing of the record: its name, then purpose, legal basis, data, retention and
/// recipients, as the CNIL's record model lists them, and whether the data must be given
/// (what article 13.2.e of the GDPR asks the notice to say).
fn processing(title: &'static str, rows: [(&'static str, &'static str); 6]) -> impl IntoView {
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
    const GIVEN: &str = "Fourniture des données";
    view! {
        <p class="lead">"Ce portail n'utilise "<strong>"aucun traceur soumis à consentement"</strong>" : ni outil de mesure d'audience, ni cookie publicitaire, ni bouton de réseau social, ni ressource chargée depuis un service tiers. Ses seuls traceurs, au sens de la CNIL, sont les clés du stockage local et le cookie de session décrits ci-dessous ; strictement nécessaires au service que vous demandez, ils sont exemptés de consentement (article 82 de la loi Informatique et Libertés)."</p>
        <h2>"Responsable du traitement et délégué à la protection des données"</h2>
        <p>"Le responsable des traitements décrits ici est l'éditeur du portail (voir les mentions légales) : "<em>"à compléter par l'éditeur avant la mise en ligne"</em>". Délégué à la protection des données (DPO) : "<em>"coordonnées à compléter"</em>"."</p>
        <h2>"Ce qui est conservé sur votre appareil"</h2>
        <p>"Deux informations seulement sont enregistrées dans le stockage local de votre navigateur : la langue que vous choisissez (clé « parisante-portal.lang »), pour afficher le portail dans cette langue à votre prochaine visite, et votre sélection de formations (clé « parisante-portal.shortlist »). Elles ne quittent jamais votre appareil, sauf si vous partagez vous-même le lien de votre sélection ; vous pouvez les effacer en supprimant les données du site dans votre navigateur."</p>
        <p>"Dans l'espace start-up seulement, une troisième information est gardée : le brouillon de la fiche en cours de modification (clé « parisante-portal.draft.<start-up> »), pour ne rien perdre si l'onglet se ferme ou si le réseau coupe. Il est effacé dès l'enregistrement, quand vous l'écartez ou quand vous vous déconnectez. La connexion utilise un cookie de session strictement nécessaire (« campus_session »), limité à l'API du campus, illisible par les scripts et supprimé à la déconnexion ou au bout de 8 heures."</p>
        <p>"Ces clés et ce cookie sont des traceurs au sens de la CNIL. Ils entrent dans les cas que ses lignes directrices du 17 septembre 2020 (délibération n° 2020-091) exemptent de consentement : la langue est une personnalisation de l'interface attendue du service, la sélection de formations est l'équivalent d'un panier, le brouillon garde la saisie en cours, et le cookie de session sert à l'authentification. Aucun n'est lu par un tiers ni utilisé pour vous suivre d'un site à l'autre."</p>
        <h2>"Registre des traitements"</h2>
        <p>"Les durées ci-dessous sont appliquées par le serveur lui-même : il efface ce qui a dépassé sa durée au démarrage puis toutes les heures."</p>
        <p>"Les bases légales marquées « à confirmer » sont à valider par le responsable du traitement : l'intérêt légitime (article 6.1.f du RGPD) ne peut pas fonder les traitements qu'une autorité publique effectue dans l'exécution de ses missions (article 6.1, second alinéa) ; si l'éditeur en est une, la base sera plutôt l'exécution d'une mission d'intérêt public (article 6.1.e). L'exécution d'un contrat (article 6.1.b) suppose, elle, que la personne soit partie au contrat."</p>
        {processing("Consultation des pages publiques", [
            (PURPOSE, "Afficher le portail et ses données."),
            (BASIS, "Intérêt légitime de l'éditeur à informer le public (article 6.1.f du RGPD), à confirmer par le responsable du traitement."),
            (DATA, "L'adresse IP et la page demandée, le temps de répondre : le serveur ne tient aucun journal des pages consultées."),
            (KEPT, "Aucune conservation."),
            (TO, "Aucun."),
            (GIVEN, "Rien n'est demandé : l'adresse IP est transmise par le navigateur, sans elle aucune page ne peut être envoyée."),
        ])}
        {processing("Comptes de l'espace start-up", [
            (PURPOSE, "Permettre aux membres des start-ups hébergées de tenir leur fiche à jour."),
            (BASIS, "Exécution de l'accord d'hébergement de la start-up (article 6.1.b du RGPD), à confirmer par le responsable du traitement."),
            (DATA, "Adresse électronique, empreinte du mot de passe (argon2id ; le mot de passe lui-même n'est jamais conservé), start-up rattachée, date de création du compte."),
            (KEPT, "Tant que la start-up est hébergée ; le compte est supprimé à son départ. Sa suppression efface aussitôt l'adresse électronique de l'historique."),
            (TO, "L'équipe du campus qui administre le portail."),
            (GIVEN, "Obligatoire : sans adresse électronique ni mot de passe, le compte ne peut pas exister."),
        ])}
        {processing("Sessions de connexion", [
            (PURPOSE, "Garder le membre connecté et protéger ses modifications (jeton anti-CSRF)."),
            (BASIS, "Exécution de l'accord d'hébergement de la start-up (article 6.1.b du RGPD), comme pour les comptes, à confirmer par le responsable du traitement : le membre qui se connecte n'est pas lui-même partie à cet accord."),
            (DATA, "Empreinte SHA-256 du jeton de session, jeton anti-CSRF, heures de connexion et d'expiration."),
            (KEPT, "8 heures au plus ; effacée à la déconnexion, et les sessions expirées sont supprimées toutes les heures."),
            (TO, "Aucun."),
            (GIVEN, "Obligatoire pour se connecter : sans session, l'espace start-up n'est pas accessible."),
        ])}
        {processing("Historique des modifications des fiches", [
            (PURPOSE, "Savoir qui a modifié une fiche et quand, et retrouver une version antérieure."),
            (BASIS, "Intérêt légitime de l'éditeur à garantir l'exactitude de l'annuaire (article 6.1.f du RGPD), à confirmer par le responsable du traitement."),
            (DATA, "Adresse électronique de l'auteur, date, champs modifiés, fiche telle qu'enregistrée."),
            (KEPT, "12 mois, puis effacement automatique."),
            (TO, "Les membres de la start-up concernée, l'équipe du campus."),
            (GIVEN, "Obligatoire pour modifier une fiche : chaque enregistrement est attribué à son auteur."),
        ])}
        {processing("Inscriptions aux événements de l'agenda", [
            (PURPOSE, "Réserver une place (ou une place sur liste d'attente), confirmer l'inscription par un lien envoyé par e-mail, envoyer les messages de l'événement (confirmation, rappel la veille, place libérée, annulation) et donner à l'équipe qui organise la liste des inscrits."),
            (BASIS, "Exécution de la demande d'inscription de la personne (article 6.1.b du RGPD), à confirmer par le responsable du traitement."),
            (DATA, "Nom, adresse électronique, langue des e-mails, organisation ou association si elle est indiquée, état de l'inscription et ses dates, jeton secret du lien de l'e-mail."),
            (KEPT, "Jusqu'à 30 jours après la fin de l'événement, puis effacement automatique. Un e-mail en attente d'envoi est effacé dès son envoi."),
            (TO, "L'équipe qui organise l'événement\u{202f}; le relais de messagerie qui achemine les e-mails."),
            (GIVEN, "Le nom et l'adresse électronique sont obligatoires : sans eux, l'inscription ne peut être ni confirmée ni suivie. L'organisation ou l'association est facultative."),
        ])}
        {processing("Besoins d'accessibilité des personnes inscrites", [
            (PURPOSE, "Permettre à l'équipe qui organise d'accueillir chaque personne selon ses besoins (place pour fauteuil, interprétation, boucle magnétique…)."),
            (BASIS, "Consentement explicite de la personne, demandé par une case à cocher séparée (article 9.2.a du RGPD\u{202f}: ce sont des données de santé). Sans consentement, rien n'est transmis."),
            (DATA, "Le texte que la personne a écrit, tel quel."),
            (KEPT, "Jusqu'à 30 jours après la fin de l'événement, avec le reste de l'inscription\u{202f}; il n'apparaît jamais dans une réponse publique ni dans un journal."),
            (TO, "L'équipe qui organise l'événement seulement."),
            (GIVEN, "Facultatif : l'inscription se fait sans, et rien n'est transmis sans consentement."),
        ])}
        {processing("Candidatures aux appels du campus", [
            (PURPOSE, "Recevoir et examiner les candidatures des start-ups à un appel\u{202f}: enregistrer la candidature au fur et à mesure de sa saisie, envoyer par e-mail le lien qui permet d'y revenir et chaque changement d'état, puis la soumettre à l'équipe du campus."),
            (BASIS, "Mesures précontractuelles prises à la demande de la personne qui candidate (article 6.1.b du RGPD), à confirmer par le responsable du traitement."),
            (DATA, "Adresse électronique et langue des e-mails, ce que la candidature contient (entreprise, numéro SIREN, personnes fondatrices et leurs rôles, produit, patients servis, réglementation, besoins), le dossier de présentation (PDF), l'état de la candidature et ses dates, les empreintes des liens envoyés par e-mail."),
            (KEPT, "Une candidature retirée est supprimée aussitôt, dossier compris. Un brouillon jamais envoyé est supprimé 30 jours après la clôture de l'appel\u{202f}; une candidature non retenue, 12 mois après la décision."),
            (TO, "L'équipe du campus seulement\u{202f}: les candidatures sont confidentielles et le dossier de présentation n'est servi à personne d'autre. Le relais de messagerie achemine les e-mails."),
            (GIVEN, "L'adresse électronique est obligatoire pour recevoir le lien de la candidature. Les champs de la candidature sont nécessaires pour l'envoyer\u{202f}; le numéro SIREN et le lien avec la recherche sont facultatifs."),
        ])}
        {processing("Comptes de l'équipe du campus et journal de ses actions", [
            (PURPOSE, "Réserver l'espace de l'équipe du campus à ses membres, avec un second facteur, et garder trace de chaque action qu'ils y font (qui, quand, quoi)."),
            (BASIS, "Intérêt légitime de l'éditeur à sécuriser l'accès aux candidatures et à pouvoir rendre compte des décisions (article 6.1.f du RGPD), à confirmer par le responsable du traitement."),
            (DATA, "Adresse électronique, empreinte du mot de passe (argon2id), secret de l'application d'authentification, empreintes des codes de secours, date de la dernière connexion\u{202f}; pour chaque action\u{202f}: l'adresse de son auteur, l'heure, l'action et ce qu'elle concerne."),
            (KEPT, "Le compte, tant que la personne fait partie de l'équipe\u{202f}; chaque ligne du journal, 12 mois, puis effacement automatique."),
            (TO, "L'équipe du campus."),
            (GIVEN, "Obligatoire pour entrer dans l'espace de l'équipe."),
        ])}
        {processing("Protection contre les tentatives de connexion abusives", [
            (PURPOSE, "Limiter les essais de mots de passe."),
            (BASIS, "Intérêt légitime de l'éditeur à sécuriser les comptes (article 6.1.f du RGPD), à confirmer par le responsable du traitement."),
            (DATA, "Empreintes (hachées avec une clé secrète propre au serveur) de l'adresse électronique saisie et de l'adresse IP (en IPv6, de son préfixe /64), heures des tentatives. En mémoire seulement, jamais écrites sur disque."),
            (KEPT, "15 minutes par tentative ; 30 jours pour une adresse depuis laquelle le compte s'est connecté ; tout est effacé au redémarrage du serveur."),
            (TO, "Aucun."),
            (GIVEN, "Rien n'est demandé : ces empreintes découlent de chaque tentative de connexion."),
        ])}
        {processing("Journaux techniques", [
            (PURPOSE, "Sécurité et diagnostic des pannes."),
            (BASIS, "Intérêt légitime de l'éditeur à sécuriser le service (article 6.1.f du RGPD), à confirmer par le responsable du traitement."),
            (DATA, "Identifiant numérique du compte lors d'une connexion ou d'un enregistrement, heure, méthode et chemin des requêtes en erreur ; jamais l'adresse électronique, le mot de passe, les cookies, le texte des recherches ni le contenu des requêtes. Le serveur n'écrit aucun fichier de journal : ces lignes vont à sa sortie d'erreur, que conserve l'hébergeur."),
            (KEPT, "Durée fixée par l'hébergeur : à compléter (la CNIL recommande de 6 mois à 1 an)."),
            (TO, "L'équipe du campus, l'hébergeur."),
            (GIVEN, "Rien n'est demandé : ces lignes découlent de l'utilisation du service."),
        ])}
        {processing("Sauvegardes", [
            (PURPOSE, "Restaurer le service après un incident."),
            (BASIS, "Intérêt légitime de l'éditeur à assurer la continuité du service (article 6.1.f du RGPD), à confirmer par le responsable du traitement."),
            (DATA, "Copie complète de la base : comptes, sessions, historique, fiches."),
            (KEPT, "Rotation des sauvegardes fixée par l'éditeur : à compléter."),
            (TO, "L'équipe du campus, l'hébergeur."),
            (GIVEN, "Rien n'est demandé : la copie reprend les données des autres traitements."),
        ])}
        <h2>"Transferts hors de l'Union européenne"</h2>
        <p>"Le portail ne transfère aucune donnée hors de l'Union européenne : il ne fait appel à aucun service tiers. L'hébergeur et le relais de messagerie, choisis par l'éditeur, doivent traiter les données dans l'Union européenne ou avec les garanties du chapitre V du RGPD : "<em>"à compléter lors de leur choix"</em>"."</p>
        <h2>"Décisions automatisées"</h2>
        <p>"Aucune. Le portail ne prend aucune décision fondée exclusivement sur un traitement automatisé, profilage compris, qui produirait des effets juridiques vous concernant ou vous affecterait de manière significative (article 22 du RGPD). Deux règles sont appliquées automatiquement sans être de telles décisions : les places d'un événement et de sa liste d'attente sont attribuées dans l'ordre d'inscription, et les essais de mot de passe trop nombreux (plus de 5 en 15 minutes pour un même compte) sont refusés pendant un temps limité."</p>
        <h2>"Vos droits"</h2>
        <p>"Conformément au règlement général sur la protection des données (RGPD) et à la loi Informatique et Libertés, vous disposez des droits d'accès, de rectification, d'effacement et de limitation du traitement, du droit d'opposition aux traitements fondés sur l'intérêt légitime ou sur une mission d'intérêt public, du droit à la portabilité des données que vous avez fournies, et du droit de définir des directives sur le sort de vos données après votre décès."</p>
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
    const GIVEN: &str = "Providing the data";
    view! {
        <p class="lead">"This portal uses "<strong>"no tracker that needs your consent"</strong>": no audience measurement, no advertising cookie, no social media button, nothing loaded from a third-party service. Its only trackers, in the CNIL's sense, are the local-storage keys and the session cookie described below; strictly necessary for the service you ask for, they are exempt from consent (article 82 of the French Data Protection Act)."</p>
        <h2>"Data controller and data protection officer"</h2>
        <p>"The controller of the processing described here is the portal's publisher (see the legal notice): "<em>"to be completed by the publisher before going live"</em>". Data protection officer (DPO): "<em>"contact details to be completed"</em>"."</p>
        <h2>"What is kept on your device"</h2>
        <p>"Only two things are saved in your browser's local storage: the language you choose (key “parisante-portal.lang”), so that the portal opens in that language next time, and your programme shortlist (key “parisante-portal.shortlist”). They never leave your device unless you share your shortlist's link yourself; you can erase them by clearing this site's data in your browser."</p>
        <p>"In the start-up space only, a third thing is kept: the draft of the profile being edited (key “parisante-portal.draft.<start-up>”), so that nothing is lost if the tab closes or the network drops. It is deleted once saved, when you discard it or when you sign out. Signing in uses one strictly necessary session cookie (“campus_session”), limited to the campus API, unreadable by scripts, and deleted when you sign out or after 8 hours."</p>
        <p>"These keys and this cookie are trackers in the CNIL's sense. They fall within the cases its guidelines of 17 September 2020 (deliberation no. 2020-091) exempt from consent: the language is an interface setting expected of the service, the programme shortlist is the equivalent of a shopping basket, the draft keeps what is being typed, and the session cookie is for authentication. None is read by a third party or used to follow you from site to site."</p>
        <h2>"Record of processing activities"</h2>
        <p>"The server itself applies the periods below: it deletes what has outlived them when it starts, then every hour."</p>
        <p>"The legal bases marked “to be confirmed” are for the controller to confirm: legitimate interest (GDPR article 6(1)(f)) cannot be the basis of processing carried out by a public authority in the performance of its tasks (article 6(1), second subparagraph); if the publisher is one, the basis will rather be the performance of a task carried out in the public interest (article 6(1)(e)). Performance of a contract (article 6(1)(b)) requires the person to be a party to the contract."</p>
        {processing("Reading the public pages", [
            (PURPOSE, "Showing the portal and its data."),
            (BASIS, "The publisher's legitimate interest in informing the public (GDPR article 6(1)(f)), to be confirmed by the controller."),
            (DATA, "The IP address and the page asked for, for as long as it takes to answer: the server keeps no log of the pages read."),
            (KEPT, "Not kept."),
            (TO, "None."),
            (GIVEN, "Nothing is asked: the browser sends the IP address, without which no page can be sent."),
        ])}
        {processing("Start-up space accounts", [
            (PURPOSE, "Letting members of hosted start-ups keep their profile up to date."),
            (BASIS, "Performance of the start-up's hosting agreement (GDPR article 6(1)(b)), to be confirmed by the controller."),
            (DATA, "E-mail address, password hash (argon2id; the password itself is never stored), the start-up, when the account was created."),
            (KEPT, "As long as the start-up is hosted; the account is deleted when it leaves. Deleting it removes its e-mail address from the history at once."),
            (TO, "The campus team that runs the portal."),
            (GIVEN, "Required: without an e-mail address and a password, there is no account."),
        ])}
        {processing("Sign-in sessions", [
            (PURPOSE, "Keeping the member signed in and protecting their changes (anti-CSRF token)."),
            (BASIS, "Performance of the start-up's hosting agreement (GDPR article 6(1)(b)), as for the accounts, to be confirmed by the controller: the member who signs in is not a party to that agreement."),
            (DATA, "SHA-256 hash of the session token, anti-CSRF token, sign-in and expiry times."),
            (KEPT, "8 hours at most; deleted on sign-out, and expired sessions are removed every hour."),
            (TO, "None."),
            (GIVEN, "Required to sign in: without a session, the start-up space cannot be used."),
        ])}
        {processing("History of profile changes", [
            (PURPOSE, "Knowing who changed a profile and when, and finding an earlier version."),
            (BASIS, "The publisher's legitimate interest in an accurate directory (GDPR article 6(1)(f)), to be confirmed by the controller."),
            (DATA, "The author's e-mail address, the date, the fields changed, the profile as saved."),
            (KEPT, "12 months, then deleted automatically."),
            (TO, "The start-up's members, the campus team."),
            (GIVEN, "Required to edit a profile: every save is attributed to its author."),
        ])}
        {processing("Registrations to events", [
            (PURPOSE, "Holding a seat (or a waitlist place), confirming the registration by a link sent by e-mail, sending the event's messages (confirmation, a reminder the day before, a freed seat, a cancellation) and giving the organising team its list of registrants."),
            (BASIS, "Performance of the person's registration request (GDPR article 6(1)(b)), to be confirmed by the controller."),
            (DATA, "Name, e-mail address, language of the e-mails, organisation or association if given, the registration's state and dates, the secret of the e-mail's link."),
            (KEPT, "Until 30 days after the event ends, then deleted automatically. An e-mail waiting to be sent is deleted once sent."),
            (TO, "The team organising the event; the mail relay that carries the e-mails."),
            (GIVEN, "The name and e-mail address are required: without them, the registration can be neither confirmed nor followed up. The organisation or association is optional."),
        ])}
        {processing("Accessibility needs of registrants", [
            (PURPOSE, "Letting the organising team welcome each person as they need (a wheelchair space, interpretation, an induction loop…)."),
            (BASIS, "The person's explicit consent, asked by a separate checkbox (GDPR article 9(2)(a): this is health data). Without consent, nothing is passed on."),
            (DATA, "The text the person wrote, as written."),
            (KEPT, "Until 30 days after the event ends, with the rest of the registration; it never appears in a public answer or in a log."),
            (TO, "The team organising the event only."),
            (GIVEN, "Optional: one can register without it, and nothing is passed on without consent."),
        ])}
        {processing("Applications to the campus's calls", [
            (PURPOSE, "Receiving and reviewing start-ups' applications to a call: saving the application as it is typed, e-mailing the link to come back to it and each change of state, then submitting it to the campus team."),
            (BASIS, "Steps taken at the applicant's request before entering into a contract (GDPR article 6(1)(b)), to be confirmed by the controller."),
            (DATA, "E-mail address and language of the e-mails, what the application holds (company, SIREN number, founders and their roles, product, patients served, regulation, needs), the pitch deck (PDF), the application's state and dates, the hashes of the links sent by e-mail."),
            (KEPT, "A withdrawn application is deleted at once, pitch deck included. A draft never submitted is deleted 30 days after the call closes; a declined application, 12 months after the decision."),
            (TO, "The campus team only: applications are confidential and the pitch deck is served to no one else. The mail relay carries the e-mails."),
            (GIVEN, "The e-mail address is required to get the application's link. The application's fields are needed to submit it; the SIREN number and the link with research are optional."),
        ])}
        {processing("The campus team's accounts and the log of its actions", [
            (PURPOSE, "Keeping the campus team's space to its members, with a second factor, and recording each action they take there (who, when, what)."),
            (BASIS, "The publisher's legitimate interest in securing access to applications and in being able to account for decisions (GDPR article 6(1)(f)), to be confirmed by the controller."),
            (DATA, "E-mail address, password hash (argon2id), the authenticator app's secret, hashes of the recovery codes, time of the last sign-in; for each action: its author's address, the time, the action and what it concerns."),
            (KEPT, "The account, while the person is on the team; each line of the log, 12 months, then automatic deletion."),
            (TO, "The campus team."),
            (GIVEN, "Required to enter the team's space."),
        ])}
        {processing("Protection against sign-in abuse", [
            (PURPOSE, "Limiting password guessing."),
            (BASIS, "The publisher's legitimate interest in securing accounts (GDPR article 6(1)(f)), to be confirmed by the controller."),
            (DATA, "Hashes (keyed with a secret of the server's own) of the e-mail address typed and of the IP address (for IPv6, its /64 prefix), and the times of the attempts. In memory only, never written to disk."),
            (KEPT, "15 minutes per attempt; 30 days for an address the account signed in from; all of it is erased when the server restarts."),
            (TO, "None."),
            (GIVEN, "Nothing is asked: these hashes come from each sign-in attempt."),
        ])}
        {processing("Technical logs", [
            (PURPOSE, "Security and troubleshooting."),
            (BASIS, "The publisher's legitimate interest in a secure service (GDPR article 6(1)(f)), to be confirmed by the controller."),
            (DATA, "The account's number when it signs in or saves, the time, and the method and path of failed requests; never the e-mail address, the password, cookies, search text or request bodies. The server writes no log file: these lines go to its error output, which the host keeps."),
            (KEPT, "Set by the host: to be completed (the CNIL recommends 6 months to 1 year)."),
            (TO, "The campus team, the host."),
            (GIVEN, "Nothing is asked: these lines come from using the service."),
        ])}
        {processing("Backups", [
            (PURPOSE, "Restoring the service after an incident."),
            (BASIS, "The publisher's legitimate interest in keeping the service running (GDPR article 6(1)(f)), to be confirmed by the controller."),
            (DATA, "A full copy of the database: accounts, sessions, history, profiles."),
            (KEPT, "Backup rotation set by the publisher: to be completed."),
            (TO, "The campus team, the host."),
            (GIVEN, "Nothing is asked: the copy holds the data of the other processing operations."),
        ])}
        <h2>"Transfers outside the European Union"</h2>
        <p>"The portal transfers no data outside the European Union: it uses no third-party service. The host and the mail relay, chosen by the publisher, must process the data in the European Union or with the safeguards of chapter V of the GDPR: "<em>"to be completed when they are chosen"</em>"."</p>
        <h2>"Automated decisions"</h2>
        <p>"None. The portal takes no decision based solely on automated processing, including profiling, that would produce legal effects concerning you or similarly significantly affect you (GDPR article 22). Two rules are applied automatically without being such decisions: an event's seats and waitlist places go in order of registration, too many password attempts (more than 5 in 15 minutes for one account) are refused for a limited time."</p>
        <h2>"Your rights"</h2>
        <p>"Under the General Data Protection Regulation (GDPR) and the French Data Protection Act, you have the rights of access, rectification, erasure and restriction of processing, the right to object to processing based on legitimate interest or on a task in the public interest, the right to portability of the data you provided, and the right to set instructions for your data after your death."</p>
        <p>"To exercise them, write to the data protection officer: "<em>"address to be completed by the publisher"</em>". Members of a start-up can also correct their own profile in the start-up space."</p>
        <p>"If, after contacting us, you believe your rights are not respected, you can lodge a complaint with the CNIL, the French data protection authority, online at cnil.fr or by post: CNIL, 3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07, France."</p>
    }
    .into_any()
}
