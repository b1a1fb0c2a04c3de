<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AttendeeDialog</name>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="40"/>
        <source>Checked in</source>
        <translation>Arrivé·e</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="41"/>
        <source>Check-in undone</source>
        <translation>Enregistrement annulé</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="42"/>
        <source>Workshop door</source>
        <translation>Porte d&apos;atelier</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="43"/>
        <source>Badge printed</source>
        <translation>Badge imprimé</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="44"/>
        <source>Coaching booking</source>
        <translation>Réservation de coaching</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="45"/>
        <source>Certificate issued</source>
        <translation>Attestation délivrée</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="87"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="88"/>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="89"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="90"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="91"/>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="92"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="93"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="97"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="97"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="97"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="97"/>
        <source>Desk</source>
        <translation>Poste</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="107"/>
        <source>Save corrections</source>
        <translation>Enregistrer les corrections</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="110"/>
        <source>Reprint badge</source>
        <translation>Réimprimer le badge</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="122"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="134"/>
        <source>This person is no longer in the store.</source>
        <translation>Cette personne n&apos;est plus dans les données.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="137"/>
        <source>Attendee: {name}</source>
        <translation>Participant·e : {name}</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="140"/>
        <source>Ticket code: {code}</source>
        <translation>Code du billet : {code}</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="178"/>
        <source>Corrections saved.</source>
        <translation>Corrections enregistrées.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="187"/>
        <source>Badge not printed</source>
        <translation>Badge non imprimé</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="190"/>
        <source>Badge sent to the printer.</source>
        <translation>Badge envoyé à l&apos;imprimante.</translation>
    </message>
</context>
<context>
    <name>CapacityBar</name>
    <message>
        <location filename="../../catchdesk/ui/door_widgets.py" line="50"/>
        <source>No workshop chosen</source>
        <extracomment>Share of the capacity from which the bar turns amber: the door should start warning people.</extracomment>
        <translation>Aucun atelier choisi</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/door_widgets.py" line="55"/>
        <source>%1 inside — no limit</source>
        <translation>%1 dans la salle — sans limite</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/door_widgets.py" line="59"/>
        <source>%1 / %2 inside</source>
        <translation>%1 / %2 dans la salle</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/door_widgets.py" line="63"/>
        <source>%1 — full</source>
        <translation>%1 — complet</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/door_widgets.py" line="66"/>
        <source>%1 — nearly full</source>
        <translation>%1 — presque complet</translation>
    </message>
</context>
<context>
    <name>DeskScreen</name>
    <message>
        <location filename="../../catchdesk/ui/desk.py" line="118"/>
        <source>Scan a ticket (or type its code and Enter)</source>
        <translation>Scannez un billet (ou tapez son code puis Entrée)</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/desk.py" line="122"/>
        <source>Ticket code</source>
        <translation>Code du billet</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/desk.py" line="126"/>
        <source>Search a name, organisation or e-mail</source>
        <translation>Chercher un nom, une organisation ou un e-mail</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/desk.py" line="128"/>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/desk.py" line="154"/>
        <source>Undo last check-in</source>
        <translation>Annuler le dernier enregistrement</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/desk.py" line="159"/>
        <source>Undo last check-in (Ctrl+Z)</source>
        <translation>Annuler le dernier enregistrement (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/desk.py" line="163"/>
        <source>Register a walk-in…</source>
        <translation>Inscrire une personne sur place…</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/desk.py" line="168"/>
        <source>Walk-in: register and check in (Ctrl+N)</source>
        <translation>Sur place : inscrire et enregistrer (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/desk.py" line="172"/>
        <source>Details…</source>
        <translation>Détails…</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/desk.py" line="186"/>
        <source>Find a person</source>
        <translation>Trouver une personne</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/desk.py" line="189"/>
        <source>Last scans</source>
        <translation>Derniers scans</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/desk.py" line="209"/>
        <source>Sounds are muted (see Settings).</source>
        <translation>Les sons sont coupés (voir Paramètres).</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/desk.py" line="211"/>
        <source>Sounds are off: Qt Multimedia is not available on this computer.</source>
        <translation>Sons désactivés : Qt Multimedia n&apos;est pas disponible sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/desk.py" line="379"/>
        <source>Undo the last check-in?</source>
        <translation>Annuler le dernier enregistrement ?</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/desk.py" line="381"/>
        <source>Undo the last check-in made at {desk}? The person will count as not arrived until they are checked in again.</source>
        <translation>Annuler le dernier enregistrement fait à {desk} ? La personne sera comptée comme non arrivée jusqu&apos;à son prochain enregistrement.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/desk.py" line="397"/>
        <source>Nothing to undo at this desk.</source>
        <translation>Rien à annuler à ce poste.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/desk.py" line="400"/>
        <source>Check-in of {name} undone.</source>
        <translation>Enregistrement de {name} annulé.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/desk.py" line="402"/>
        <source>Undone</source>
        <translation>Annulé</translation>
    </message>
</context>
<context>
    <name>DoorScreen</name>
    <message>
        <location filename="../../catchdesk/ui/door.py" line="109"/>
        <source>&amp;Workshop</source>
        <extracomment>Other doors and desks admit people too: the bar is re-read this often.</extracomment>
        <translation>&amp;Atelier</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/door.py" line="111"/>
        <source>&amp;Camera</source>
        <translation>&amp;Caméra</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/door.py" line="114"/>
        <source>Scan tickets with this computer&apos;s camera</source>
        <translation>Scanner les billets avec la caméra de cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/door.py" line="118"/>
        <source>Scan a ticket or type its code, then Enter</source>
        <translation>Scannez un billet ou tapez son code, puis Entrée</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/door.py" line="119"/>
        <source>Ticket code</source>
        <translation>Code du billet</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/door.py" line="223"/>
        <source>This event has no workshops yet.</source>
        <translation>Cet événement n&apos;a pas encore d&apos;ateliers.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../catchdesk/ui/main_window.py" line="68"/>
        <source>Front desk</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/main_window.py" line="75"/>
        <source>Workshop door</source>
        <translation>Porte d&apos;atelier</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/main_window.py" line="239"/>
        <source>This screen could not be opened; the log says why.</source>
        <translation>Cet écran n&apos;a pas pu s&apos;ouvrir ; le journal dit pourquoi.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/main_window.py" line="279"/>
        <source>&amp;Desk</source>
        <translation>&amp;Poste</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/main_window.py" line="280"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/main_window.py" line="286"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/main_window.py" line="292"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/main_window.py" line="293"/>
        <source>&amp;Full screen (kiosk)</source>
        <translation>&amp;Plein écran (kiosque)</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/main_window.py" line="337"/>
        <source>Where this desk&apos;s data is stored</source>
        <translation>Où sont enregistrées les données de ce poste</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/main_window.py" line="367"/>
        <source>Counts unavailable</source>
        <translation>Chiffres indisponibles</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/main_window.py" line="373"/>
        <source>%1 checked in / %2 registered</source>
        <translation>%1 arrivé·es / %2 inscrit·es</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../catchdesk/ui/search_model.py" line="33"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/search_model.py" line="34"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/search_model.py" line="35"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/search_model.py" line="36"/>
        <source>Checked in</source>
        <translation>Arrivé·e</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="39"/>
        <source>A4 sheet, 8 badges (90 × 60 mm)</source>
        <translation>Feuille A4, 8 badges (90 × 60 mm)</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="40"/>
        <source>62 mm label roll, one badge per label</source>
        <translation>Rouleau d&apos;étiquettes 62 mm, un badge par étiquette</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="81"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="97"/>
        <source>Desk</source>
        <translation>Poste</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="101"/>
        <source>Name of this computer</source>
        <translation>Nom de cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="102"/>
        <source>Desk &amp;name:</source>
        <translation>&amp;Nom du poste :</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="106"/>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="111"/>
        <source>The new language applies the next time CatchDesk starts.</source>
        <translation>La nouvelle langue s&apos;appliquera au prochain démarrage de CatchDesk.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="117"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="120"/>
        <source>Play a sound for each verdict</source>
        <translation>Jouer un son pour chaque verdict</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="123"/>
        <source>Sounds:</source>
        <translation>Sons :</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="127"/>
        <source>Scanner and camera</source>
        <translation>Scanner et caméra</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="134"/>
        <source>Keys closer together than this come from a scanner.</source>
        <translation>Des touches plus rapprochées que ceci viennent d&apos;un scanner.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="135"/>
        <source>Scanner key &amp;gap:</source>
        <translation>É&amp;cart entre touches du scanner :</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="142"/>
        <source>A scan without Enter is accepted after this pause with no key.</source>
        <translation>Un scan sans Entrée est accepté après cette pause sans touche.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="144"/>
        <source>Scan &amp;without Enter after:</source>
        <translation>Scan &amp;sans Entrée après :</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="152"/>
        <source>First camera found</source>
        <translation>Première caméra trouvée</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="156"/>
        <source>Camera scanning is off: Qt Multimedia is not available on this computer.</source>
        <translation>Scan par caméra désactivé : Qt Multimedia n&apos;est pas disponible sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="162"/>
        <source>No camera found on this computer.</source>
        <translation>Aucune caméra trouvée sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="163"/>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="177"/>
        <source>%1 (not connected)</source>
        <translation>%1 (non connecté)</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="165"/>
        <source>&amp;Camera:</source>
        <translation>&amp;Caméra :</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="170"/>
        <source>Badges</source>
        <translation>Badges</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="174"/>
        <source>Ask each time (print dialog)</source>
        <translation>Demander à chaque fois (fenêtre d&apos;impression)</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="178"/>
        <source>&amp;Printer:</source>
        <translation>&amp;Imprimante :</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="189"/>
        <source>Badge &amp;layout:</source>
        <translation>&amp;Mise en page des badges :</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="191"/>
        <source>Print the badge at every first check-in</source>
        <translation>Imprimer le badge à chaque premier enregistrement</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="194"/>
        <source>Automatic:</source>
        <translation>Automatique :</translation>
    </message>
</context>
<context>
    <name>VerdictPanel</name>
    <message>
        <location filename="../../catchdesk/ui/verdict_panel.py" line="39"/>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/verdict_panel.py" line="40"/>
        <source>Already checked in</source>
        <translation>Déjà enregistré·e</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/verdict_panel.py" line="41"/>
        <source>Unknown code</source>
        <translation>Code inconnu</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/verdict_panel.py" line="42"/>
        <source>Invalid code</source>
        <translation>Code non valide</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/verdict_panel.py" line="43"/>
        <source>Other event</source>
        <translation>Autre événement</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/verdict_panel.py" line="44"/>
        <source>Registration cancelled</source>
        <translation>Inscription annulée</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/verdict_panel.py" line="45"/>
        <source>Not enrolled</source>
        <translation>Pas inscrit·e</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/verdict_panel.py" line="46"/>
        <source>Room full</source>
        <translation>Salle complète</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/verdict_panel.py" line="49"/>
        <source>Participant</source>
        <translation>Participant·e</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/verdict_panel.py" line="50"/>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/verdict_panel.py" line="51"/>
        <source>Staff</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/verdict_panel.py" line="52"/>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/verdict_panel.py" line="53"/>
        <source>Speaker</source>
        <translation>Orateur·rice</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/verdict_panel.py" line="191"/>
        <source>First check-in at {time}, desk {desk}</source>
        <translation>Premier enregistrement à {time}, poste {desk}</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/verdict_panel.py" line="205"/>
        <source>Coaching {time} with {coach}</source>
        <translation>Coaching à {time} avec {coach}</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/verdict_panel.py" line="216"/>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/verdict_panel.py" line="217"/>
        <source>Scan a ticket or search a name</source>
        <translation>Scannez un billet ou cherchez un nom</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <location filename="../../catchdesk/ui/walk_in_dialog.py" line="49"/>
        <source>Walk-in</source>
        <translation>Inscription sur place</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/walk_in_dialog.py" line="69"/>
        <source>Agrees to be contacted after the event</source>
        <translation>Accepte d&apos;être contacté·e après l&apos;événement</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/walk_in_dialog.py" line="72"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/walk_in_dialog.py" line="73"/>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/walk_in_dialog.py" line="74"/>
        <source>E-mail (optional)</source>
        <translation>E-mail (facultatif)</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/walk_in_dialog.py" line="75"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/walk_in_dialog.py" line="76"/>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/walk_in_dialog.py" line="88"/>
        <source>Register, check in and print badge</source>
        <translation>Inscrire, enregistrer et imprimer le badge</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/walk_in_dialog.py" line="92"/>
        <source>Register and check in, without badge</source>
        <translation>Inscrire et enregistrer, sans badge</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/walk_in_dialog.py" line="118"/>
        <source>A name is required: type at least a first or a last name.</source>
        <translation>Un nom est nécessaire : tapez au moins un prénom ou un nom de famille.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/walk_in_dialog.py" line="123"/>
        <source>This does not look like an e-mail address: {email}</source>
        <translation>Ceci ne ressemble pas à une adresse e-mail : {email}</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/walk_in_dialog.py" line="146"/>
        <source>{name} is already registered with {email}. Check them in instead of registering them twice.</source>
        <translation>{name} est déjà inscrit·e avec {email}. Enregistrez cette personne au lieu de l&apos;inscrire deux fois.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/walk_in_dialog.py" line="150"/>
        <source>Check in {name}</source>
        <translation>Enregistrer {name}</translation>
    </message>
</context>
<context>
    <name>WebcamPanel</name>
    <message>
        <location filename="../../catchdesk/ui/webcam.py" line="80"/>
        <source>Camera</source>
        <extracomment>The preview is repainted at most this often; decoding is paced by the decoder itself.</extracomment>
        <translation>Caméra</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/webcam.py" line="201"/>
        <source>Camera scanning is off: Qt Multimedia is not available on this computer.</source>
        <translation>Scan par caméra désactivé : Qt Multimedia n&apos;est pas disponible sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/webcam.py" line="218"/>
        <source>No camera found. Plug one in, or scan with the scanner or the keyboard.</source>
        <translation>Aucune caméra trouvée. Branchez-en une, ou scannez avec le scanner ou le clavier.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/webcam.py" line="221"/>
        <source>Camera scanning is off: the barcode reader is missing.</source>
        <translation>Scan par caméra désactivé : le lecteur de codes-barres manque.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/webcam.py" line="272"/>
        <source>The camera stopped: %1</source>
        <translation>La caméra s&apos;est arrêtée : %1</translation>
    </message>
</context>
<context>
    <name>run_gui</name>
    <message>
        <location filename="../../catchdesk/app.py" line="110"/>
        <source>The store cannot be opened.</source>
        <translation>Impossible d&apos;ouvrir les données.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/app.py" line="137"/>
        <source>The desk screen is missing.</source>
        <translation>L&apos;écran d&apos;accueil manque.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/app.py" line="138"/>
        <source>The scan field cannot take the focus: the desk screen did not load.</source>
        <translation>Le champ de scan ne peut pas recevoir le focus : l&apos;écran d&apos;accueil ne s&apos;est pas chargé.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/app.py" line="199"/>
        <source>This event is not in the store.</source>
        <translation>Cet événement n&apos;est pas dans les données.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/app.py" line="205"/>
        <source>There is no event yet.</source>
        <translation>Il n&apos;y a pas encore d&apos;événement.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/app.py" line="206"/>
        <source>This store has no event yet. To try CatchDesk, run “catchdesk demo” in a terminal; to prepare your own event, run “catchdesk event new --name NAME --date YYYY-MM-DD”.</source>
        <translation>Ces données ne contiennent pas encore d&apos;événement. Pour essayer CatchDesk, lancez « catchdesk demo » dans un terminal ; pour préparer votre propre événement, lancez « catchdesk event new --name NOM --date AAAA-MM-JJ ».</translation>
    </message>
    <message>
        <location filename="../../catchdesk/app.py" line="217"/>
        <source>Several events match.</source>
        <translation>Plusieurs événements correspondent.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/app.py" line="224"/>
        <source>Choose the event</source>
        <translation>Choisir l&apos;événement</translation>
    </message>
    <message>
        <location filename="../../catchdesk/app.py" line="225"/>
        <source>This store holds several events. Which one does this desk work on?</source>
        <translation>Ces données contiennent plusieurs événements. Sur lequel ce poste travaille-t-il ?</translation>
    </message>
</context>
</TS>
