//! The agenda's closed vocabularies: what an event is, for whom, where, in which language,
//! how it is made accessible, and where it stands.

use crate::facet_search::coded_enum;

coded_enum! {
    /// What kind of event it is (the article's public meetings, radio broadcasts,
    /// workshops, debates, forums and trade shows, visits and residents' meet-ups).
    EventType {
        Conference => "conference", "Conférence", "Conference";
        Workshop => "atelier", "Atelier", "Workshop";
        Debate => "debat", "Débat", "Debate";
        PublicMeeting => "reunion-publique", "Réunion publique", "Public meeting";
        Radio => "emission-radio", "Émission de radio", "Radio broadcast";
        Forum => "forum-salon", "Forum ou salon", "Forum or trade show";
        Visit => "visite", "Visite", "Visit";
        MeetUp => "rencontre", "Rencontre", "Meet-up";
        /// Patients and professionals design a service together.
        CoDesign => "co-conception", "Co-conception avec des patients", "Co-design with patients";
    }
}

coded_enum! {
    /// Whom an event is for.
    Audience {
        GeneralPublic => "grand-public", "Grand public", "General public";
        Patients => "patients-associations", "Patients et associations", "Patients and associations";
        HealthProfessionals => "professionnels-sante", "Professionnels de santé", "Health professionals";
        Students => "etudiants", "Étudiants", "Students";
        Researchers => "chercheurs", "Chercheurs", "Researchers";
        Startups => "startups", "Start-up", "Start-ups";
    }
}

coded_enum! {
    /// Where an event takes place.
    EventFormat {
        OnSite => "sur-place", "Sur place", "On site";
        Online => "en-ligne", "En ligne", "Online";
        Hybrid => "hybride", "Sur place et en ligne", "On site and online";
    }
}

coded_enum! {
    /// The language an event is held in.
    EventLanguage {
        French => "fr", "Français", "French";
        English => "en", "Anglais", "English";
    }
}

coded_enum! {
    /// What makes an event accessible.
    Access {
        StepFree => "plain-pied", "Accès de plain-pied", "Step-free access";
        SignLanguage => "lsf", "Interprétation en langue des signes (LSF)", "French sign-language interpretation";
        Captions => "sous-titrage", "Sous-titrage en direct", "Live captions";
        InductionLoop => "boucle-magnetique", "Boucle magnétique", "Induction loop";
        EasyRead => "facile-a-lire", "Supports faciles à lire et à comprendre (FALC)", "Easy-to-read materials";
    }
}

coded_enum! {
    /// Where an event stands. `Full` is given by the API when every seat is taken (the
    /// waitlist stays open while registration is).
    EventStatus {
        Scheduled => "scheduled", "Prévu", "Scheduled";
        Cancelled => "cancelled", "Annulé", "Cancelled";
        Postponed => "postponed", "Reporté", "Postponed";
        Full => "full", "Complet", "Full";
    }
}

coded_enum! {
    /// Where one registration stands.
    RegistrationState {
        /// Holds a seat or a waitlist place until its e-mail link is opened.
        Pending => "pending", "En attente de confirmation", "Awaiting confirmation";
        Confirmed => "confirmed", "Confirmée", "Confirmed";
        Waitlisted => "waitlisted", "Sur liste d'attente", "On the waitlist";
        Cancelled => "cancelled", "Annulée", "Cancelled";
        /// Its link was not opened in time: the hold was released.
        Expired => "expired", "Expirée", "Expired";
    }
}
