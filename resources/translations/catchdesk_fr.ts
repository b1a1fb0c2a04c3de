<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AttendeeDialog</name>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="41"/>
        <source>Checked in</source>
        <translation>Arrivé·e</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="42"/>
        <source>Check-in undone</source>
        <translation>Enregistrement annulé</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="43"/>
        <source>Workshop door</source>
        <translation>Porte d&apos;atelier</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="44"/>
        <source>Badge printed</source>
        <translation>Badge imprimé</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="45"/>
        <source>Coaching booking</source>
        <translation>Réservation de coaching</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="46"/>
        <source>Certificate issued</source>
        <translation>Attestation délivrée</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="52"/>
        <source>Participant</source>
        <translation>Participant·e</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="53"/>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="54"/>
        <source>Staff</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="55"/>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="56"/>
        <source>Speaker</source>
        <translation>Orateur·rice</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="109"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="110"/>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="111"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="112"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="113"/>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="114"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="115"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="119"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="119"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="119"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="119"/>
        <source>Desk</source>
        <translation>Poste</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="129"/>
        <source>Save corrections</source>
        <translation>Enregistrer les corrections</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="132"/>
        <source>Reprint badge</source>
        <translation>Réimprimer le badge</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="144"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="156"/>
        <source>This person is no longer in the store.</source>
        <translation>Cette personne n&apos;est plus dans les données.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="159"/>
        <source>Attendee: {name}</source>
        <translation>Participant·e : {name}</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="162"/>
        <source>Ticket code: {code}</source>
        <translation>Code du billet : {code}</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="200"/>
        <source>Corrections saved.</source>
        <translation>Corrections enregistrées.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="209"/>
        <source>Badge not printed</source>
        <translation>Badge non imprimé</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="212"/>
        <source>Badge sent to the printer.</source>
        <translation>Badge envoyé à l&apos;imprimante.</translation>
    </message>
</context>
<context>
    <name>AttendeeListScreen</name>
    <message>
        <location filename="../../catchdesk/ui/attendee_list.py" line="50"/>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_list.py" line="51"/>
        <source>Registered</source>
        <translation>Inscrit·es</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_list.py" line="52"/>
        <source>Checked in</source>
        <translation>Arrivé·es</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_list.py" line="53"/>
        <source>Not arrived</source>
        <translation>Pas arrivé·es</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_list.py" line="54"/>
        <source>Cancelled</source>
        <translation>Annulé·es</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_list.py" line="55"/>
        <source>Merged duplicates</source>
        <translation>Doublons fusionnés</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_list.py" line="58"/>
        <source>attended or enrolled</source>
        <translation>présent·es ou inscrit·es</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_list.py" line="59"/>
        <source>attended</source>
        <translation>présent·es</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_list.py" line="60"/>
        <source>enrolled</source>
        <translation>inscrit·es</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_list.py" line="94"/>
        <source>Search a name, organisation or e-mail</source>
        <translation>Chercher un nom, une organisation ou un e-mail</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_list.py" line="152"/>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_list.py" line="153"/>
        <source>Merge…</source>
        <translation>Fusionner…</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_list.py" line="154"/>
        <source>Select the two records of one person</source>
        <translation>Sélectionnez les deux fiches d&apos;une même personne</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_list.py" line="155"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_list.py" line="179"/>
        <source>All workshops</source>
        <translation>Tous les ateliers</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_list.py" line="193"/>
        <source>All sectors</source>
        <translation>Tous les secteurs</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_list.py" line="196"/>
        <source>Sector not given</source>
        <translation>Secteur non précisé</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_list.py" line="209"/>
        <source>Loading the attendees…</source>
        <translation>Chargement des participant·es…</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_list.py" line="243"/>
        <source>People shown: {shown} of {total}</source>
        <translation>Personnes affichées : {shown} sur {total}</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_list.py" line="282"/>
        <source>Merge two records</source>
        <translation>Fusionner deux fiches</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_list.py" line="305"/>
        <source>Merged into {name}. Moved: check-ins {checkins}, bookings {bookings}, enrolments {enrolments}, badge prints {prints}, codes {codes}.</source>
        <translation>Fusionné dans la fiche de {name}. Déplacés : enregistrements {checkins}, réservations {bookings}, inscriptions aux ateliers {enrolments}, impressions de badge {prints}, codes {codes}.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_list.py" line="317"/>
        <source>Both had a certificate: {name} keeps their own; the other stays with the merged record.</source>
        <translation>Les deux avaient une attestation : {name} garde la sienne ; l&apos;autre reste avec la fiche fusionnée.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_list.py" line="321"/>
        <source>The certificate now belongs to {name}.</source>
        <translation>L&apos;attestation appartient maintenant à {name}.</translation>
    </message>
</context>
<context>
    <name>AttendeeTableModel</name>
    <message>
        <location filename="../../catchdesk/ui/attendee_list_model.py" line="56"/>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_list_model.py" line="57"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_list_model.py" line="58"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_list_model.py" line="59"/>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_list_model.py" line="60"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_list_model.py" line="61"/>
        <source>Arrived</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_list_model.py" line="62"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_list_model.py" line="63"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_list_model.py" line="64"/>
        <source>Ticket code</source>
        <translation>Code du billet</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_list_model.py" line="67"/>
        <source>Checked in</source>
        <translation>Arrivé·e</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_list_model.py" line="68"/>
        <source>Not arrived</source>
        <translation>Pas arrivé·e</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_list_model.py" line="69"/>
        <source>Cancelled</source>
        <translation>Annulé·e</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_list_model.py" line="70"/>
        <source>Merged</source>
        <translation>Fusionné·e</translation>
    </message>
</context>
<context>
    <name>BadgePrinting</name>
    <message>
        <location filename="../../catchdesk/ui/badge_printing.py" line="66"/>
        <location filename="../../catchdesk/ui/badge_printing.py" line="142"/>
        <source>The event of this desk is no longer in the store.</source>
        <translation>L&apos;événement de ce poste n&apos;est plus dans les données.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/badge_printing.py" line="75"/>
        <source>This person is no longer in the store.</source>
        <translation>Cette personne n&apos;est plus dans les données.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/badge_printing.py" line="90"/>
        <source>Print badge</source>
        <translation>Imprimer le badge</translation>
    </message>
</context>
<context>
    <name>BadgesTab</name>
    <message>
        <location filename="../../catchdesk/ui/documents_badges.py" line="49"/>
        <source>A4 sheet, 8 badges of 90 × 60 mm</source>
        <translation>Feuille A4, 8 badges de 90 × 60 mm</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_badges.py" line="50"/>
        <source>62 mm label roll, one badge per label</source>
        <translation>Rouleau d&apos;étiquettes 62 mm, un badge par étiquette</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_badges.py" line="88"/>
        <source>The event is no longer in the store.</source>
        <translation>L&apos;événement n&apos;est plus dans les données.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_badges.py" line="133"/>
        <source>Whose badges</source>
        <translation>Quels badges</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_badges.py" line="143"/>
        <source>Layout:</source>
        <translation>Mise en page :</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_badges.py" line="145"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_badges.py" line="146"/>
        <source>Save PDF…</source>
        <translation>Enregistrer le PDF…</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_badges.py" line="147"/>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_badges.py" line="157"/>
        <source>Choose whose badges and a layout, then press Preview to see the sheets here.</source>
        <translation>Choisissez les badges de qui et une mise en page, puis appuyez sur Aperçu pour voir les feuilles ici.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_badges.py" line="174"/>
        <source>Everyone (%1)</source>
        <translation>Tout le monde (%1)</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_badges.py" line="176"/>
        <source>Only those never printed (%1)</source>
        <translation>Seulement les badges jamais imprimés (%1)</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_badges.py" line="197"/>
        <source>The choice changed: press Preview to see the new sheets.</source>
        <translation>Le choix a changé : appuyez sur Aperçu pour voir les nouvelles feuilles.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_badges.py" line="222"/>
        <source>Save the badges as PDF</source>
        <translation>Enregistrer les badges en PDF</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_badges.py" line="222"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_badges.py" line="237"/>
        <source>Nobody is ticked: tick the people whose badges you want, or choose everyone.</source>
        <translation>Personne n&apos;est coché : cochez les personnes dont vous voulez les badges, ou choisissez tout le monde.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_badges.py" line="257"/>
        <source>Drawing badges</source>
        <translation>Dessin des badges</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_badges.py" line="258"/>
        <source>Drawing the badges…</source>
        <translation>Dessin des badges en cours…</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_badges.py" line="259"/>
        <source>Stopped: no badge was printed or saved.</source>
        <translation>Arrêté : aucun badge n&apos;a été imprimé ni enregistré.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_badges.py" line="270"/>
        <source>No badge to print: every badge was printed already.</source>
        <translation>Aucun badge à imprimer : tous les badges ont déjà été imprimés.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_badges.py" line="272"/>
        <source>No badge to print: nobody matches.</source>
        <translation>Aucun badge à imprimer : personne ne correspond.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_badges.py" line="277"/>
        <source>%1 badges on %2 pages</source>
        <translation>%1 badges sur %2 pages</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_badges.py" line="288"/>
        <source>%1 badges ready. Print them, or save the PDF.</source>
        <translation>%1 badges prêts. Imprimez-les ou enregistrez le PDF.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_badges.py" line="306"/>
        <source>Printing badges</source>
        <translation>Impression des badges</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_badges.py" line="307"/>
        <source>Sending the badges to the printer…</source>
        <translation>Envoi des badges à l&apos;imprimante…</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_badges.py" line="309"/>
        <source>Printing was stopped; pages already sent may still come out. These badges do not count as printed.</source>
        <translation>L&apos;impression a été arrêtée ; les pages déjà envoyées peuvent encore sortir. Ces badges ne comptent pas comme imprimés.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_badges.py" line="318"/>
        <source>%1 badges sent to %2; they now count as printed.</source>
        <translation>%1 badges envoyés à %2 ; ils comptent maintenant comme imprimés.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_badges.py" line="334"/>
        <source>The PDF could not be written to %1 (%2); choose another place.</source>
        <translation>Le PDF n&apos;a pas pu être écrit dans %1 (%2) ; choisissez un autre emplacement.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_badges.py" line="342"/>
        <source>Saving badges</source>
        <translation>Enregistrement des badges</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_badges.py" line="343"/>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_badges.py" line="351"/>
        <source>%1 badges saved to %2; they now count as printed.</source>
        <translation>%1 badges enregistrés dans %2 ; ils comptent maintenant comme imprimés.</translation>
    </message>
</context>
<context>
    <name>BookingPanel</name>
    <message>
        <location filename="../../catchdesk/ui/coaching_booking.py" line="82"/>
        <source>Scan a ticket to book</source>
        <translation>Scannez un billet pour réserver</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_booking.py" line="83"/>
        <source>Ticket code</source>
        <translation>Code du billet</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_booking.py" line="89"/>
        <source>…or search a name</source>
        <translation>… ou cherchez un nom</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_booking.py" line="90"/>
        <source>Search a person</source>
        <translation>Chercher une personne</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_booking.py" line="102"/>
        <location filename="../../catchdesk/ui/coaching_booking.py" line="203"/>
        <source>Nobody chosen yet</source>
        <translation>Personne n&apos;est encore choisi</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_booking.py" line="109"/>
        <location filename="../../catchdesk/ui/coaching_booking.py" line="205"/>
        <source>Scan a ticket or search a name, then choose a topic and press Enter.</source>
        <translation>Scannez un billet ou cherchez un nom, puis choisissez un thème et appuyez sur Entrée.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_booking.py" line="116"/>
        <location filename="../../catchdesk/ui/coaching_booking.py" line="117"/>
        <source>Forget this person</source>
        <translation>Oublier cette personne</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_booking.py" line="130"/>
        <source>Any topic</source>
        <translation>Tous les thèmes</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_booking.py" line="131"/>
        <source>Topic</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_booking.py" line="138"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_booking.py" line="139"/>
        <source>Next free slot</source>
        <translation>Prochain créneau libre</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_booking.py" line="141"/>
        <source>Book the earliest free slot for this topic and language (Enter)</source>
        <translation>Réserver le premier créneau libre pour ce thème et cette langue (Entrée)</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_booking.py" line="145"/>
        <source>Waitlist</source>
        <translation>Liste d&apos;attente</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_booking.py" line="146"/>
        <source>Put this person on the waitlist for the topic</source>
        <translation>Mettre cette personne sur la liste d&apos;attente du thème</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_booking.py" line="150"/>
        <source>&amp;Topic</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_booking.py" line="152"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_booking.py" line="182"/>
        <source>Any language</source>
        <translation>Toutes les langues</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_booking.py" line="211"/>
        <source>Booked: %1</source>
        <translation>Réservé : %1</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_booking.py" line="213"/>
        <source>No coaching booked yet.</source>
        <translation>Aucun coaching réservé pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_booking.py" line="215"/>
        <source>Waiting for: %1</source>
        <translation>En attente pour : %1</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_booking.py" line="275"/>
        <source>Nobody matches</source>
        <translation>Personne ne correspond</translation>
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
    <name>CertificatesTab</name>
    <message>
        <location filename="../../catchdesk/ui/documents_certificates.py" line="90"/>
        <source>Who gets a certificate</source>
        <translation>Qui reçoit une attestation</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_certificates.py" line="93"/>
        <source>Folder (one PDF per person)</source>
        <translation>Dossier (un PDF par personne)</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_certificates.py" line="96"/>
        <source>Writing again continues where it stopped: certificates already in the folder are kept, those that changed since are written again.</source>
        <translation>Écrire à nouveau reprend là où cela s&apos;est arrêté : les attestations déjà dans le dossier sont gardées, celles qui ont changé depuis sont réécrites.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_certificates.py" line="102"/>
        <source>The folder does not exist yet: write the certificates first.</source>
        <translation>Le dossier n&apos;existe pas encore : écrivez d&apos;abord les attestations.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_certificates.py" line="107"/>
        <location filename="../../catchdesk/ui/documents_certificates.py" line="246"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_certificates.py" line="108"/>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_certificates.py" line="110"/>
        <source>Save as one PDF…</source>
        <translation>Enregistrer en un seul PDF…</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_certificates.py" line="113"/>
        <source>Write certificates</source>
        <translation>Écrire les attestations</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_certificates.py" line="126"/>
        <source>Left out</source>
        <translation>Laissé·es de côté</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_certificates.py" line="146"/>
        <source>Everyone who came (%1)</source>
        <translation>Toutes les personnes venues (%1)</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_certificates.py" line="153"/>
        <source>Press Preview to see the first certificates as they will be printed.</source>
        <translation>Appuyez sur Aperçu pour voir les premières attestations telles qu&apos;elles seront imprimées.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_certificates.py" line="172"/>
        <source>Choose a folder for the certificates.</source>
        <translation>Choisissez un dossier pour les attestations.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_certificates.py" line="185"/>
        <source>Writing certificates</source>
        <translation>Écriture des attestations</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_certificates.py" line="186"/>
        <source>Writing the certificates into %1…</source>
        <translation>Écriture des attestations dans %1…</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_certificates.py" line="197"/>
        <source>%1 certificates are in %2: %3 written now, %4 were already there.</source>
        <translation>%1 attestations sont dans %2 : %3 écrites maintenant, %4 s&apos;y trouvaient déjà.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_certificates.py" line="210"/>
        <location filename="../../catchdesk/ui/documents_certificates.py" line="246"/>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_certificates.py" line="214"/>
        <source>Stopped after %1 of %2 certificates; those are in the folder. Press Write certificates again to write the other %3.</source>
        <translation>Arrêté après %1 attestations sur %2 ; celles-ci sont dans le dossier. Appuyez à nouveau sur Écrire les attestations pour écrire les %3 autres.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_certificates.py" line="245"/>
        <source>Drawing the first certificates…</source>
        <translation>Dessin des premières attestations…</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_certificates.py" line="257"/>
        <source>The first %1 of %2 certificates</source>
        <translation>Les %1 premières attestations sur %2</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_certificates.py" line="259"/>
        <source>%1 of %2 certificates</source>
        <translation>%1 attestations sur %2</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_certificates.py" line="281"/>
        <source>Sending the certificates to the printer…</source>
        <translation>Envoi des attestations à l&apos;imprimante…</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_certificates.py" line="304"/>
        <source>Printing certificates</source>
        <translation>Impression des attestations</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_certificates.py" line="305"/>
        <source>Drawing the certificates…</source>
        <translation>Dessin des attestations…</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_certificates.py" line="306"/>
        <source>Stopped: these certificates do not count as issued.</source>
        <translation>Arrêté : ces attestations ne comptent pas comme délivrées.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_certificates.py" line="317"/>
        <source>%1 certificates sent to %2.</source>
        <translation>%1 attestations envoyées à %2.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_certificates.py" line="329"/>
        <source>Save the certificates as one PDF</source>
        <translation>Enregistrer les attestations en un seul PDF</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_certificates.py" line="331"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_certificates.py" line="353"/>
        <source>Saving certificates</source>
        <translation>Enregistrement des attestations</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_certificates.py" line="354"/>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_certificates.py" line="355"/>
        <source>Stopped: no file was written.</source>
        <translation>Arrêté : aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_certificates.py" line="366"/>
        <source>%1 certificates saved in %2.</source>
        <translation>%1 attestations enregistrées dans %2.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_certificates.py" line="377"/>
        <source>Nobody is ticked: tick the people who get a certificate, or choose everyone who came.</source>
        <translation>Personne n&apos;est coché : cochez les personnes qui reçoivent une attestation, ou choisissez toutes les personnes venues.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_certificates.py" line="383"/>
        <source>No certificate: nobody chosen has a standing check-in.</source>
        <translation>Aucune attestation : aucune des personnes choisies n&apos;a d&apos;enregistrement valable.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_certificates.py" line="389"/>
        <source>%1 get no certificate: %2.</source>
        <translation>%1 ne reçoivent pas d&apos;attestation : %2.</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_check.py" line="209"/>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_check.py" line="212"/>
        <source>What the import would do, row by row, compared with the attendee list. Nothing has been written yet.</source>
        <translation>Ce que l&apos;import ferait, ligne par ligne, par rapport à la liste des participants. Rien n&apos;a encore été enregistré.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_check.py" line="218"/>
        <source>Checking every row against the attendee list…</source>
        <translation>Vérification de chaque ligne par rapport à la liste des participants…</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_check.py" line="220"/>
        <source>rejected rows</source>
        <translation>lignes refusées</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_check.py" line="281"/>
        <source>The file could not be checked. {reason} Go back to fix it.</source>
        <translation>Le fichier n&apos;a pas pu être vérifié. {reason} Revenez en arrière pour le corriger.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_check.py" line="300"/>
        <source>Rows that cannot be imported: {count}. Their line in the file and the reason are listed below. Nothing is imported while they are in the file: correct them and choose the file again, or import only the valid rows.</source>
        <translation>Lignes impossibles à importer : {count}. Leur numéro de ligne dans le fichier et la raison sont indiqués ci-dessous. Rien n&apos;est importé tant qu&apos;elles sont dans le fichier : corrigez-les et choisissez à nouveau le fichier, ou importez seulement les lignes valables.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_check.py" line="308"/>
        <source>Import only the {valid} valid rows and leave the {rejected} out</source>
        <translation>Importer seulement les {valid} lignes valables et laisser les {rejected} autres de côté</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_check.py" line="321"/>
        <source>Everyone in this file is already in the attendee list with the same details: there is nothing to import.</source>
        <translation>Toutes les personnes de ce fichier sont déjà dans la liste des participants avec les mêmes données : il n&apos;y a rien à importer.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_check.py" line="327"/>
        <source>Ready. Press “Import” to write these changes.</source>
        <translation>Prêt. Appuyez sur « Importer » pour enregistrer ces changements.</translation>
    </message>
</context>
<context>
    <name>CoachDayModel</name>
    <message>
        <location filename="../../catchdesk/ui/coach_mode_widgets.py" line="44"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coach_mode_widgets.py" line="45"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coach_mode_widgets.py" line="46"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coach_mode_widgets.py" line="47"/>
        <source>Topic</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coach_mode_widgets.py" line="48"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coach_mode_widgets.py" line="136"/>
        <source>My slots today</source>
        <translation>Mes créneaux aujourd&apos;hui</translation>
    </message>
</context>
<context>
    <name>CoachModeScreen</name>
    <message>
        <location filename="../../catchdesk/ui/coach_mode.py" line="88"/>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coach_mode.py" line="90"/>
        <source>&amp;Coach</source>
        <translation>&amp;Coach</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coach_mode.py" line="92"/>
        <source>Print my day</source>
        <translation>Imprimer ma journée</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coach_mode.py" line="94"/>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coach_mode.py" line="95"/>
        <source>Next</source>
        <translation>Ensuite</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coach_mode.py" line="97"/>
        <source>Scan the person at your table</source>
        <translation>Scannez la personne à votre table</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coach_mode.py" line="98"/>
        <source>Ticket code</source>
        <translation>Code du billet</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coach_mode.py" line="170"/>
        <source>Choose your coach…</source>
        <translation>Choisissez votre nom de coach…</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coach_mode.py" line="196"/>
        <source>Choose your coach above</source>
        <translation>Choisissez votre nom de coach ci-dessus</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coach_mode.py" line="214"/>
        <source>No slot right now</source>
        <translation>Aucun créneau en ce moment</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coach_mode.py" line="216"/>
        <source>No more slots today</source>
        <translation>Plus de créneaux aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coach_mode.py" line="262"/>
        <source>Welcome {name}: {time}, {topic}.</source>
        <translation>Bienvenue {name} : {time}, {topic}.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coach_mode.py" line="267"/>
        <source>Their slot is not now: {other} is expected at {time}.</source>
        <translation>Ce n&apos;est pas son créneau : {other} est attendu·e à {time}.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coach_mode.py" line="331"/>
        <source>{name} has no booking with {coach}: their coaching is at {time} with {other}{place}.</source>
        <translation>{name} n&apos;a pas de réservation avec {coach} : son coaching est à {time} avec {other}{place}.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coach_mode.py" line="342"/>
        <source>{name} has no booking with {coach}: send them to the coaching desk.</source>
        <translation>{name} n&apos;a pas de réservation avec {coach} : envoyez cette personne au poste coaching.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coach_mode.py" line="346"/>
        <source>Expected: {other} at {time}.</source>
        <translation>Attendu·e : {other} à {time}.</translation>
    </message>
</context>
<context>
    <name>CoachTable</name>
    <message>
        <location filename="../../catchdesk/ui/statistics_coaching.py" line="77"/>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/statistics_coaching.py" line="78"/>
        <source>Booked</source>
        <translation>Réservés</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/statistics_coaching.py" line="79"/>
        <source>Done</source>
        <translation>Terminés</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/statistics_coaching.py" line="80"/>
        <source>No-shows</source>
        <translation>Absences</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/statistics_coaching.py" line="81"/>
        <source>Free slots</source>
        <translation>Créneaux libres</translation>
    </message>
</context>
<context>
    <name>CoachingActions</name>
    <message>
        <location filename="../../catchdesk/ui/coaching_actions.py" line="100"/>
        <source>{name} is booked: {time} with {coach}{place}.</source>
        <translation>{name} est réservé·e : {time} avec {coach}{place}.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_actions.py" line="133"/>
        <source>{name} is moved to {time} with {coach}{place}.</source>
        <translation>{name} est déplacé·e à {time} avec {coach}{place}.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_actions.py" line="149"/>
        <source>The booking of {name} at {time} with {coach} is cancelled.</source>
        <translation>La réservation de {name} à {time} avec {coach} est annulée.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_actions.py" line="164"/>
        <source>{name} has arrived for {time} with {coach}.</source>
        <translation>{name} est arrivé·e pour {time} avec {coach}.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_actions.py" line="186"/>
        <source>The session of {name} at {time} is done.</source>
        <translation>La séance de {name} à {time} est terminée.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_actions.py" line="198"/>
        <source>{name} did not come at {time}: marked as a no-show.</source>
        <translation>{name} n&apos;est pas venu·e à {time} : marqué·e absent·e.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_actions.py" line="208"/>
        <source>Note kept for {name}.</source>
        <translation>Note enregistrée pour {name}.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_actions.py" line="223"/>
        <source>{name} is on the waitlist for “{topic}” (number {position}).</source>
        <translation>{name} est sur la liste d&apos;attente pour « {topic} » (numéro {position}).</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_actions.py" line="235"/>
        <source>{name} is off the waitlist for “{topic}”.</source>
        <translation>{name} est retiré·e de la liste d&apos;attente pour « {topic} ».</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_actions.py" line="249"/>
        <source>The {time} slot is blocked.</source>
        <translation>Le créneau de {time} est bloqué.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_actions.py" line="251"/>
        <source>The {time} slot is open again.</source>
        <translation>Le créneau de {time} est de nouveau ouvert.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_actions.py" line="286"/>
        <source>Slot {time} with {coach}{place} offered to {name} from the waitlist.</source>
        <translation>Créneau de {time} avec {coach}{place} proposé à {name}, de la liste d&apos;attente.</translation>
    </message>
</context>
<context>
    <name>CoachingGrid</name>
    <message>
        <location filename="../../catchdesk/ui/coaching_grid.py" line="215"/>
        <source>Place: %1</source>
        <translation>Lieu : %1</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_grid.py" line="219"/>
        <source>Topics: %1</source>
        <translation>Thèmes : %1</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_grid.py" line="225"/>
        <source>Languages: %1</source>
        <translation>Langues : %1</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_grid.py" line="356"/>
        <source>Coaching slots of the day</source>
        <translation>Créneaux de coaching du jour</translation>
    </message>
</context>
<context>
    <name>CoachingPrinting</name>
    <message>
        <location filename="../../catchdesk/ui/coaching_print.py" line="41"/>
        <source>The event of this desk is no longer in the store.</source>
        <translation>L&apos;événement de ce poste n&apos;est plus dans les données.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_print.py" line="176"/>
        <source>Coaching slip</source>
        <translation>Fiche de coaching</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_print.py" line="184"/>
        <source>Coach&apos;s day</source>
        <translation>Journée du coach</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_print.py" line="192"/>
        <source>Overview of all coaches</source>
        <translation>Vue d&apos;ensemble de tous les coachs</translation>
    </message>
</context>
<context>
    <name>CoachingScreen</name>
    <message>
        <location filename="../../catchdesk/ui/coaching.py" line="86"/>
        <source>Coaching</source>
        <translation>Coaching</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching.py" line="89"/>
        <source>Print coach&apos;s day</source>
        <translation>Imprimer la journée du coach</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching.py" line="90"/>
        <source>The A4 day of the selected slot&apos;s coach</source>
        <translation>La journée, sur A4, du coach du créneau sélectionné</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching.py" line="91"/>
        <source>Print overview</source>
        <translation>Imprimer la vue d&apos;ensemble</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching.py" line="92"/>
        <source>Every coach&apos;s day, for the desk</source>
        <translation>La journée de chaque coach, pour le poste</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching.py" line="256"/>
        <source>Cancel the booking of {name} at {time}? The slot goes to the next person waiting.</source>
        <translation>Annuler la réservation de {name} à {time} ? Le créneau ira à la personne suivante sur la liste d&apos;attente.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching.py" line="258"/>
        <source>Cancel this booking?</source>
        <translation>Annuler cette réservation ?</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching.py" line="270"/>
        <source>Moving {name}: double-click a free slot, or choose a topic and press “Next free slot”. Escape stops.</source>
        <translation>Déplacement de {name} : double-cliquez sur un créneau libre, ou choisissez un thème et appuyez sur « Prochain créneau libre ». Échap pour arrêter.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching.py" line="274"/>
        <source>Stop moving</source>
        <translation>Arrêter le déplacement</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching.py" line="294"/>
        <source>Select a slot of the coach whose day to print.</source>
        <translation>Sélectionnez un créneau du coach dont il faut imprimer la journée.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching.py" line="327"/>
        <source>Scan a ticket or search a name first.</source>
        <translation>Scannez d&apos;abord un billet ou cherchez un nom.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching.py" line="344"/>
        <source>Put %1 on the waitlist</source>
        <translation>Mettre %1 sur la liste d&apos;attente</translation>
    </message>
</context>
<context>
    <name>CoachingStates</name>
    <message>
        <location filename="../../catchdesk/ui/coaching_states.py" line="27"/>
        <source>Free</source>
        <translation>Libre</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_states.py" line="28"/>
        <source>Booked</source>
        <translation>Réservé</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_states.py" line="29"/>
        <source>Arrived</source>
        <translation>Arrivé·e</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_states.py" line="30"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_states.py" line="31"/>
        <source>No-show</source>
        <translation>Absent·e</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_states.py" line="32"/>
        <source>Blocked</source>
        <translation>Bloqué</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_states.py" line="33"/>
        <source>Past</source>
        <translation>Passé</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_states.py" line="34"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_states.py" line="35"/>
        <source>To rebook</source>
        <translation>À replacer</translation>
    </message>
</context>
<context>
    <name>ColumnsPage</name>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_columns.py" line="138"/>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_columns.py" line="141"/>
        <source>Check what each column of the file holds and correct it in its drop-down. Columns set to “— not imported —” are left out.</source>
        <translation>Vérifiez ce que contient chaque colonne du fichier et corrigez-la dans sa liste déroulante. Les colonnes réglées sur « — non importée — » sont laissées de côté.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_columns.py" line="149"/>
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_columns.py" line="149"/>
        <source>Example</source>
        <translation>Exemple</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_columns.py" line="149"/>
        <source>Imported as</source>
        <translation>Importée comme</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_columns.py" line="166"/>
        <source>Line in the file</source>
        <translation>Ligne du fichier</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_columns.py" line="170"/>
        <source>The first rows as they will be read (line numbers left)</source>
        <translation>Les premières lignes telles qu&apos;elles seront lues (numéros de ligne à gauche)</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_columns.py" line="193"/>
        <source>&lt;b&gt;{file}&lt;/b&gt; · {details} · recognised as {preset}</source>
        <translation>&lt;b&gt;{file}&lt;/b&gt; · {details} · reconnu comme {preset}</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_columns.py" line="203"/>
        <source>CatchDesk did not recognise any column of this file. Choose in the drop-downs which column holds the names and which the e-mail addresses or ticket codes.</source>
        <translation>CatchDesk n&apos;a reconnu aucune colonne de ce fichier. Choisissez dans les listes déroulantes la colonne des noms et celle des adresses e-mail ou des codes de billet.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_columns.py" line="223"/>
        <source>Field for column {name}</source>
        <translation>Champ pour la colonne {name}</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_columns.py" line="276"/>
        <source>No file was read yet.</source>
        <translation>Aucun fichier n&apos;a encore été lu.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_columns.py" line="281"/>
        <source>Choose the column of the names: “First name” and “Last name”, or “Full name (split in two)”.</source>
        <translation>Choisissez la colonne des noms : « Prénom » et « Nom », ou « Nom complet (séparé en deux) ».</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_columns.py" line="288"/>
        <source>Choose the column of the e-mail addresses or of the ticket codes: people are told apart by one of them.</source>
        <translation>Choisissez la colonne des adresses e-mail ou des codes de billet : c&apos;est ce qui distingue les personnes.</translation>
    </message>
</context>
<context>
    <name>ConflictsScreen</name>
    <message>
        <location filename="../../catchdesk/ui/conflicts.py" line="41"/>
        <source>Admitted at two desks</source>
        <translation>Admis·e à deux postes</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/conflicts.py" line="42"/>
        <source>Slot booked twice</source>
        <translation>Créneau réservé deux fois</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/conflicts.py" line="43"/>
        <source>Deleted but still in use</source>
        <translation>Supprimé mais encore utilisé</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/conflicts.py" line="44"/>
        <source>Made twice</source>
        <translation>Créé deux fois</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/conflicts.py" line="47"/>
        <source>Keep both check-ins</source>
        <translation>Garder les deux enregistrements</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/conflicts.py" line="48"/>
        <source>Revoke the later check-in</source>
        <translation>Révoquer le second enregistrement</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/conflicts.py" line="49"/>
        <source>Rebook in the next free slot</source>
        <translation>Replacer dans le prochain créneau libre</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/conflicts.py" line="50"/>
        <source>Cancel the booking</source>
        <translation>Annuler la réservation</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/conflicts.py" line="51"/>
        <source>Acknowledge</source>
        <translation>Prendre acte</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/conflicts.py" line="54"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/conflicts.py" line="55"/>
        <source>Raised at</source>
        <translation>Signalé à</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/conflicts.py" line="56"/>
        <source>What collided</source>
        <translation>Nature du conflit</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/conflicts.py" line="57"/>
        <location filename="../../catchdesk/ui/conflicts.py" line="236"/>
        <source>Attendee</source>
        <translation>Participant·e</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/conflicts.py" line="58"/>
        <location filename="../../catchdesk/ui/conflicts.py" line="238"/>
        <source>Slot</source>
        <translation>Créneau</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/conflicts.py" line="59"/>
        <location filename="../../catchdesk/ui/conflicts.py" line="239"/>
        <source>What the rule decided</source>
        <translation>Ce que la règle a décidé</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/conflicts.py" line="88"/>
        <source>Conflicts between desks</source>
        <translation>Conflits entre postes</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/conflicts.py" line="94"/>
        <source>Show settled</source>
        <translation>Afficher les conflits résolus</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/conflicts.py" line="124"/>
        <source>Why (optional): kept in the event&apos;s history</source>
        <translation>Pourquoi (facultatif) : gardé dans l&apos;historique de l&apos;événement</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/conflicts.py" line="186"/>
        <source>Settled: %1</source>
        <translation>Résolu : %1</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/conflicts.py" line="188"/>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/conflicts.py" line="209"/>
        <source>No conflict: the desks agree on everything.</source>
        <translation>Aucun conflit : les postes sont d&apos;accord sur tout.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/conflicts.py" line="211"/>
        <source>Open conflicts: %1</source>
        <translation>Conflits ouverts : %1</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/conflicts.py" line="244"/>
        <source>revoked</source>
        <translation>révoqué</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/conflicts.py" line="245"/>
        <source>Check-in</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/conflicts.py" line="249"/>
        <source>Slot kept by</source>
        <translation>Créneau gardé par</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/conflicts.py" line="252"/>
        <source>%1 by %2 at %3</source>
        <translation>%1 par %2 à %3</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/conflicts.py" line="257"/>
        <source>Settled</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/conflicts.py" line="259"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/conflicts.py" line="284"/>
        <source>Settled: %1.</source>
        <translation>Résolu : %1.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/conflicts.py" line="313"/>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
</context>
<context>
    <name>DeskScreen</name>
    <message>
        <location filename="../../catchdesk/ui/desk.py" line="151"/>
        <source>Scan a ticket (or type its code and Enter)</source>
        <translation>Scannez un billet (ou son code + Entrée)</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/desk.py" line="155"/>
        <source>Ticket code</source>
        <translation>Code du billet</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/desk.py" line="159"/>
        <source>Search a name, organisation or e-mail</source>
        <translation>Chercher un nom, une organisation ou un e-mail</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/desk.py" line="161"/>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/desk.py" line="187"/>
        <source>Undo last check-in</source>
        <translation>Annuler le dernier enregistrement</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/desk.py" line="192"/>
        <source>Undo last check-in (Ctrl+Z)</source>
        <translation>Annuler le dernier enregistrement (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/desk.py" line="196"/>
        <source>Register a walk-in…</source>
        <translation>Inscrire une personne sur place…</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/desk.py" line="201"/>
        <source>Walk-in: register and check in (Ctrl+N)</source>
        <translation>Sur place : inscrire et enregistrer (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/desk.py" line="205"/>
        <source>Details…</source>
        <translation>Détails…</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/desk.py" line="219"/>
        <source>Find a person</source>
        <translation>Trouver une personne</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/desk.py" line="222"/>
        <source>Last scans</source>
        <translation>Derniers scans</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/desk.py" line="242"/>
        <source>Sounds are muted (see Settings).</source>
        <translation>Les sons sont coupés (voir Paramètres).</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/desk.py" line="244"/>
        <source>Sounds are off: this computer lacks the audio libraries Qt Multimedia needs (on Linux, install libpulse0).</source>
        <translation>Sons désactivés : il manque à cet ordinateur les bibliothèques audio dont Qt Multimedia a besoin (sous Linux, installez libpulse0).</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/desk.py" line="248"/>
        <source>Sounds are off: no speaker or headphones were found on this computer.</source>
        <translation>Sons désactivés : aucun haut-parleur ni casque n&apos;a été trouvé sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/desk.py" line="251"/>
        <source>Sounds are off: the sound files are missing from this installation.</source>
        <translation>Sons désactivés : les fichiers de sons manquent dans cette installation.</translation>
    </message>
    <message>
        <source>Sounds are off: Qt Multimedia is not available on this computer.</source>
        <translation type="vanished">Sons désactivés : Qt Multimedia n&apos;est pas disponible sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/desk.py" line="455"/>
        <source>Undo the last check-in?</source>
        <translation>Annuler le dernier enregistrement ?</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/desk.py" line="457"/>
        <source>Undo the last check-in made at {desk}? The person will count as not arrived until they are checked in again.</source>
        <translation>Annuler le dernier enregistrement fait à {desk} ? La personne sera comptée comme non arrivée jusqu&apos;à son prochain enregistrement.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/desk.py" line="475"/>
        <source>Nothing to undo at this desk.</source>
        <translation>Rien à annuler à ce poste.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/desk.py" line="478"/>
        <source>Check-in of {name} undone.</source>
        <translation>Enregistrement de {name} annulé.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/desk.py" line="480"/>
        <source>Undone</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/desk_actions.py" line="32"/>
        <source>Badge not printed: {reason}</source>
        <translation>Badge non imprimé : {reason}</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/desk_actions.py" line="39"/>
        <source>Badge sent to the printer.</source>
        <translation>Badge envoyé à l&apos;imprimante.</translation>
    </message>
</context>
<context>
    <name>DocumentReports</name>
    <message>
        <location filename="../../catchdesk/ui/documents_reports.py" line="41"/>
        <source>never checked in</source>
        <translation>jamais enregistré·e</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_reports.py" line="42"/>
        <source>check-in was undone</source>
        <translation>enregistrement annulé</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_reports.py" line="43"/>
        <source>registration cancelled</source>
        <translation>inscription annulée</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_reports.py" line="44"/>
        <source>no attendee has this code</source>
        <translation>aucun·e participant·e n&apos;a ce code</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_reports.py" line="54"/>
        <source>no e-mail address</source>
        <translation>pas d&apos;adresse e-mail</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_reports.py" line="57"/>
        <source>sent</source>
        <translation>envoyée</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_reports.py" line="58"/>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_reports.py" line="59"/>
        <source>already sent</source>
        <translation>déjà envoyée</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_reports.py" line="60"/>
        <source>left out</source>
        <translation>laissée de côté</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_reports.py" line="61"/>
        <source>written as a file</source>
        <translation>écrite dans un fichier</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_reports.py" line="65"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_reports.py" line="66"/>
        <source>Code or e-mail</source>
        <translation>Code ou e-mail</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_reports.py" line="67"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_reports.py" line="68"/>
        <source>Why</source>
        <translation>Raison</translation>
    </message>
</context>
<context>
    <name>DocumentTab</name>
    <message>
        <location filename="../../catchdesk/ui/documents_tab.py" line="107"/>
        <source>Only the people ticked below (%1)</source>
        <translation>Seulement les personnes cochées ci-dessous (%1)</translation>
    </message>
</context>
<context>
    <name>DocumentsScreen</name>
    <message>
        <location filename="../../catchdesk/ui/documents.py" line="49"/>
        <source>Badges</source>
        <translation>Badges</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents.py" line="50"/>
        <source>Certificates</source>
        <translation>Attestations</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents.py" line="51"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents.py" line="52"/>
        <source>Verify</source>
        <translation>Vérifier</translation>
    </message>
</context>
<context>
    <name>DoorScreen</name>
    <message>
        <location filename="../../catchdesk/ui/door.py" line="105"/>
        <source>&amp;Workshop</source>
        <extracomment>Other doors and desks admit people too: the bar is re-read this often.</extracomment>
        <translation>&amp;Atelier</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/door.py" line="107"/>
        <source>&amp;Camera</source>
        <translation>&amp;Caméra</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/door.py" line="110"/>
        <source>Scan tickets with this computer&apos;s camera</source>
        <translation>Scanner les billets avec la caméra de cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/door.py" line="114"/>
        <source>Scan a ticket or type its code, then Enter</source>
        <translation>Scannez un billet ou tapez son code, puis Entrée</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/door.py" line="115"/>
        <source>Ticket code</source>
        <translation>Code du billet</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/door.py" line="227"/>
        <source>This event has no workshops yet.</source>
        <translation>Cet événement n&apos;a pas encore d&apos;ateliers.</translation>
    </message>
</context>
<context>
    <name>EventDetailsTab</name>
    <message>
        <location filename="../../catchdesk/ui/event_setup_details.py" line="202"/>
        <source>Save details</source>
        <translation>Enregistrer les détails</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_details.py" line="208"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_details.py" line="209"/>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_details.py" line="210"/>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_details.py" line="211"/>
        <source>Venue</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_details.py" line="212"/>
        <source>Organiser</source>
        <translation>Organisateur</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_details.py" line="213"/>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_details.py" line="214"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_details.py" line="224"/>
        <source>Who signs, e.g. Camille Renard</source>
        <translation>Signataire, p. ex. Camille Renard</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_details.py" line="235"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_details.py" line="236"/>
        <source>Role of the signatory</source>
        <translation>Fonction du ou de la signataire</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_details.py" line="240"/>
        <source>Save certificate wording</source>
        <translation>Enregistrer le texte des attestations</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_details.py" line="245"/>
        <source>Signatory</source>
        <translation>Signataire</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_details.py" line="246"/>
        <source>Certificates</source>
        <translation>Attestations</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_details.py" line="248"/>
        <source>An empty text prints CatchDesk&apos;s own sentence (shown in grey).</source>
        <translation>Un texte vide imprime la phrase de CatchDesk (affichée en gris).</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_details.py" line="262"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_details.py" line="263"/>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_details.py" line="264"/>
        <source>Images on certificates</source>
        <translation>Images sur les attestations</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_details.py" line="267"/>
        <source>PNG or JPEG, at most 512 KB; kept in the event for every desk.</source>
        <translation>PNG ou JPEG, 512 Ko au maximum ; gardée dans l&apos;événement pour tous les postes.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_details.py" line="278"/>
        <source>Export public key…</source>
        <translation>Exporter la clé publique…</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_details.py" line="284"/>
        <source>Certificates are signed with the event&apos;s key. Give the public key to whoever checks certificates; the fingerprint printed on each certificate must match.</source>
        <translation>Les attestations sont signées avec la clé de l&apos;événement. Donnez la clé publique à qui vérifie les attestations ; l&apos;empreinte imprimée sur chaque attestation doit correspondre.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_details.py" line="290"/>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_details.py" line="293"/>
        <source>Certificate key</source>
        <translation>Clé des attestations</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_details.py" line="342"/>
        <source>Event details</source>
        <translation>Détails de l&apos;événement</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_details.py" line="346"/>
        <source>Details saved.</source>
        <translation>Détails enregistrés.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_details.py" line="364"/>
        <source>Certificate wording</source>
        <translation>Texte des attestations</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_details.py" line="366"/>
        <source>Certificate wording saved.</source>
        <translation>Texte des attestations enregistré.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_details.py" line="375"/>
        <location filename="../../catchdesk/ui/event_setup_details.py" line="386"/>
        <source>Export public key</source>
        <translation>Exporter la clé publique</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_details.py" line="377"/>
        <source>Public keys (*.pem)</source>
        <translation>Clés publiques (*.pem)</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_details.py" line="391"/>
        <source>Saved to {path} (fingerprint {fingerprint}).</source>
        <translation>Enregistrée dans {path} (empreinte {fingerprint}).</translation>
    </message>
</context>
<context>
    <name>EventForm</name>
    <message>
        <location filename="../../catchdesk/ui/welcome_form.py" line="64"/>
        <source>Your event</source>
        <translation>Votre événement</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/welcome_form.py" line="72"/>
        <source>e.g. Digital Day Namur 2026</source>
        <translation>p. ex. Journée du numérique Namur 2026</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/welcome_form.py" line="78"/>
        <source>e.g. Namur Expo</source>
        <translation>p. ex. Namur Expo</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/welcome_form.py" line="86"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/welcome_form.py" line="87"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/welcome_form.py" line="88"/>
        <source>Venue</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/welcome_form.py" line="89"/>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/welcome_form.py" line="91"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/welcome_form.py" line="117"/>
        <source>First the event the registrations belong to; then choose the export of your ticketing platform (CSV or Excel).</source>
        <translation>D&apos;abord l&apos;événement auquel appartiennent les inscriptions ; choisissez ensuite l&apos;export de votre billetterie (CSV ou Excel).</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/welcome_form.py" line="121"/>
        <source>Create the event and choose the file…</source>
        <translation>Créer l&apos;événement et choisir le fichier…</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/welcome_form.py" line="125"/>
        <source>Its name and date are printed on badges and certificates; workshops, logo and certificate texts can be added later.</source>
        <translation>Son nom et sa date figurent sur les badges et les attestations ; ateliers, logo et textes des attestations peuvent être ajoutés plus tard.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/welcome_form.py" line="129"/>
        <source>Create the event</source>
        <translation>Créer l&apos;événement</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/welcome_form.py" line="137"/>
        <source>Give the event a name: it is printed on badges and certificates.</source>
        <translation>Donnez un nom à l&apos;événement : il figure sur les badges et les attestations.</translation>
    </message>
</context>
<context>
    <name>EventSetupScreen</name>
    <message>
        <location filename="../../catchdesk/ui/event_setup.py" line="34"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup.py" line="35"/>
        <source>Workshops</source>
        <translation>Ateliers</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup.py" line="36"/>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../catchdesk/ui/import_wizard.py" line="71"/>
        <source>Registration file</source>
        <translation>Fichier des inscriptions</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard.py" line="74"/>
        <source>Choose the export of your ticketing platform (Eventbrite, pretix…) or your own list, as CSV or Excel (XLSX). Nothing is imported before the last step.</source>
        <translation>Choisissez l&apos;export de votre billetterie (Eventbrite, pretix…) ou votre propre liste, en CSV ou en Excel (XLSX). Rien n&apos;est importé avant la dernière étape.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard.py" line="79"/>
        <source>Path of a .csv or .xlsx file</source>
        <translation>Chemin d&apos;un fichier .csv ou .xlsx</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard.py" line="81"/>
        <source>Choose a file…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard.py" line="90"/>
        <source>How the file was read</source>
        <translation>Comment le fichier a été lu</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard.py" line="156"/>
        <source>This file cannot be imported. {reason}</source>
        <translation>Ce fichier ne peut pas être importé. {reason}</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard.py" line="178"/>
        <source>Sheet</source>
        <translation>Feuille</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard.py" line="179"/>
        <source>Recognised as</source>
        <translation>Reconnu comme</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard.py" line="182"/>
        <source>{file} was read. Next, check which column holds what.</source>
        <translation>{file} a été lu. Vérifiez ensuite ce que contient chaque colonne.</translation>
    </message>
</context>
<context>
    <name>FillBar</name>
    <message>
        <location filename="../../catchdesk/ui/statistics_widgets.py" line="91"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/statistics_widgets.py" line="93"/>
        <source>%1 — full</source>
        <translation>%1 — complet</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/statistics_widgets.py" line="98"/>
        <source>%1 — no limit</source>
        <translation>%1 — sans limite</translation>
    </message>
</context>
<context>
    <name>FolderChooser</name>
    <message>
        <location filename="../../catchdesk/ui/documents_widgets.py" line="100"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_widgets.py" line="101"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
</context>
<context>
    <name>ImagePicker</name>
    <message>
        <location filename="../../catchdesk/ui/event_setup_details.py" line="97"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_details.py" line="98"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_details.py" line="126"/>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_details.py" line="132"/>
        <source>Choose an image</source>
        <translation>Choisir une image</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_details.py" line="132"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_details.py" line="140"/>
        <location filename="../../catchdesk/ui/event_setup_details.py" line="149"/>
        <source>Image not used</source>
        <translation>Image non utilisée</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../catchdesk/ui/import_wizard.py" line="53"/>
        <source>Choose the registration file</source>
        <translation>Choisir le fichier des inscriptions</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard.py" line="55"/>
        <source>Registration lists (*.csv *.xlsx *.txt *.tsv);;All files (*)</source>
        <translation>Listes d&apos;inscriptions (*.csv *.xlsx *.txt *.tsv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard.py" line="206"/>
        <source>Import registrations</source>
        <translation>Importer des inscriptions</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard.py" line="218"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_check.py" line="66"/>
        <source>Rejected</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_check.py" line="67"/>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_check.py" line="68"/>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_check.py" line="69"/>
        <source>Remark</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_check.py" line="96"/>
        <source>new ticket code</source>
        <translation>nouveau code de billet</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_check.py" line="111"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_check.py" line="112"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_check.py" line="113"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_check.py" line="187"/>
        <source>Marked as cancelled in the file: {count} (imported as cancelled).</source>
        <translation>Marqués comme annulés dans le fichier : {count} (importés comme annulés).</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_check.py" line="193"/>
        <source>Columns left out: {columns}.</source>
        <translation>Colonnes non importées : {columns}.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_columns.py" line="70"/>
        <source>(column {number}, no name)</source>
        <translation>(colonne {number}, sans nom)</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_state.py" line="27"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_state.py" line="28"/>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_state.py" line="29"/>
        <source>Full name (split in two)</source>
        <translation>Nom complet (séparé en deux)</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_state.py" line="30"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_state.py" line="31"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_state.py" line="32"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_state.py" line="33"/>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_state.py" line="34"/>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_state.py" line="35"/>
        <source>Role (participant, coach…)</source>
        <translation>Rôle (participant, coach…)</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_state.py" line="36"/>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_state.py" line="37"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_state.py" line="38"/>
        <source>Consent to be contacted</source>
        <translation>Accord pour être contacté·e</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_state.py" line="39"/>
        <source>Registration status</source>
        <translation>Statut de l&apos;inscription</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_state.py" line="40"/>
        <source>Ticket type</source>
        <translation>Type de billet</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_state.py" line="41"/>
        <source>Ticket code (barcode)</source>
        <translation>Code du billet (code-barres)</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_state.py" line="42"/>
        <source>Order number</source>
        <translation>Numéro de commande</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_state.py" line="44"/>
        <source>— not imported —</source>
        <translation>— non importée —</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_state.py" line="47"/>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_state.py" line="48"/>
        <source>UTF-8 (with byte order mark)</source>
        <translation>UTF-8 (avec marque d&apos;ordre des octets)</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_state.py" line="49"/>
        <location filename="../../catchdesk/ui/import_wizard_state.py" line="50"/>
        <location filename="../../catchdesk/ui/import_wizard_state.py" line="51"/>
        <source>UTF-16 (Excel “Unicode text”)</source>
        <translation>UTF-16 (« Texte Unicode » d&apos;Excel)</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_state.py" line="52"/>
        <source>UTF-32</source>
        <translation>UTF-32</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_state.py" line="53"/>
        <source>Windows-1252 (Excel on Windows)</source>
        <translation>Windows-1252 (Excel sous Windows)</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_state.py" line="54"/>
        <source>ISO-8859-1 (Latin-1)</source>
        <translation>ISO-8859-1 (Latin-1)</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_state.py" line="57"/>
        <source>comma</source>
        <translation>virgule</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_state.py" line="58"/>
        <source>semicolon</source>
        <translation>point-virgule</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_state.py" line="59"/>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_state.py" line="60"/>
        <source>vertical bar</source>
        <translation>barre verticale</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_state.py" line="63"/>
        <source>an Eventbrite export</source>
        <translation>un export Eventbrite</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_state.py" line="64"/>
        <source>a pretix export</source>
        <translation>un export pretix</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_state.py" line="65"/>
        <source>a list with its own column names</source>
        <translation>une liste avec ses propres noms de colonnes</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_state.py" line="85"/>
        <location filename="../../catchdesk/ui/import_wizard_state.py" line="92"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_state.py" line="86"/>
        <location filename="../../catchdesk/ui/import_wizard_state.py" line="116"/>
        <source>Excel workbook (XLSX)</source>
        <translation>Classeur Excel (XLSX)</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_state.py" line="92"/>
        <location filename="../../catchdesk/ui/import_wizard_state.py" line="122"/>
        <source>CSV text</source>
        <translation>Texte CSV</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_state.py" line="95"/>
        <source>Encoding</source>
        <translation>Encodage</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_state.py" line="101"/>
        <source>Separator</source>
        <translation>Séparateur</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_state.py" line="105"/>
        <source>Rows below the column names</source>
        <translation>Lignes sous les noms de colonnes</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_state.py" line="107"/>
        <source>Column names on line</source>
        <translation>Noms de colonnes à la ligne</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_state.py" line="117"/>
        <source>sheet “{sheet}”</source>
        <translation>feuille « {sheet} »</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_state.py" line="126"/>
        <source>{count} rows</source>
        <translation>{count} lignes</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_worker.py" line="136"/>
        <source>The event is no longer in the store; nothing was imported.</source>
        <translation>L&apos;événement n&apos;est plus dans les données ; rien n&apos;a été importé.</translation>
    </message>
</context>
<context>
    <name>JobProgressDialog</name>
    <message>
        <location filename="../../catchdesk/ui/job_worker.py" line="228"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/job_worker.py" line="235"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/job_worker.py" line="266"/>
        <source>Stopping after the current item…</source>
        <translation>Arrêt après l&apos;élément en cours…</translation>
    </message>
</context>
<context>
    <name>JobWorker</name>
    <message>
        <location filename="../../catchdesk/ui/job_worker.py" line="198"/>
        <source>Something went wrong ({0}); the log has the details.</source>
        <translation>Un problème est survenu ({0}) ; le journal donne les détails.</translation>
    </message>
</context>
<context>
    <name>JoinForm</name>
    <message>
        <location filename="../../catchdesk/ui/welcome_join.py" line="49"/>
        <source>Join an event</source>
        <translation>Rejoindre un événement</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/welcome_join.py" line="56"/>
        <source>Give the hub&apos;s address or the join bundle the organiser prepared, and the passphrase they chose. The event and its attendees arrive on this laptop.</source>
        <translation>Indiquez l&apos;adresse du serveur central ou le fichier d&apos;échange préparé par l&apos;organisation, ainsi que la phrase secrète choisie. L&apos;événement et ses participant·es arrivent sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/welcome_join.py" line="63"/>
        <source>postgresql+psycopg://host/hub or a bundle file</source>
        <translation>postgresql+psycopg://host/hub ou un fichier</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/welcome_join.py" line="64"/>
        <source>Choose a file…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/welcome_join.py" line="71"/>
        <source>Only if the hub holds several events</source>
        <translation>Seulement si le serveur central contient plusieurs événements</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/welcome_join.py" line="77"/>
        <source>Hub or file</source>
        <translation>Serveur central ou fichier</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/welcome_join.py" line="78"/>
        <source>Event tag</source>
        <translation>Code de l&apos;événement</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/welcome_join.py" line="79"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/welcome_join.py" line="84"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/welcome_join.py" line="87"/>
        <source>Join the event</source>
        <translation>Rejoindre l&apos;événement</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/welcome_join.py" line="108"/>
        <source>Join bundle</source>
        <translation>Fichier d&apos;échange pour un nouvel ordinateur</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/welcome_join.py" line="110"/>
        <source>CatchDesk bundles (*.cdbundle);;All files (*)</source>
        <translation>Fichiers d&apos;échange CatchDesk (*.cdbundle);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/welcome_join.py" line="121"/>
        <source>Give the hub&apos;s address or choose the bundle file.</source>
        <translation>Indiquez l&apos;adresse du serveur central ou choisissez le fichier d&apos;échange.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/welcome_join.py" line="151"/>
        <source>Joining the event…</source>
        <translation>Récupération de l&apos;événement…</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/welcome_join.py" line="171"/>
        <source>Joined: the event is ready on this laptop.</source>
        <translation>Événement rejoint : il est prêt sur cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>MailTab</name>
    <message>
        <location filename="../../catchdesk/ui/documents_mail.py" line="77"/>
        <source>Mail server</source>
        <translation>Serveur d&apos;envoi</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_mail.py" line="82"/>
        <location filename="../../catchdesk/ui/documents_mail.py" line="196"/>
        <source>Test message</source>
        <translation>Message de test</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_mail.py" line="84"/>
        <source>your own e-mail address</source>
        <translation>votre propre adresse e-mail</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_mail.py" line="86"/>
        <source>Send a test message</source>
        <translation>Envoyer un message de test</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_mail.py" line="93"/>
        <source>Send yourself a test message first: it checks the settings and shows how the messages arrive.</source>
        <translation>Envoyez-vous d&apos;abord un message de test : il vérifie les réglages et montre comment les messages arrivent.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_mail.py" line="106"/>
        <source>Send the certificates</source>
        <translation>Envoyer les attestations</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_mail.py" line="108"/>
        <source>Everyone who came and has an e-mail address</source>
        <translation>Toutes les personnes venues qui ont une adresse e-mail</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_mail.py" line="116"/>
        <source>Send certificates…</source>
        <translation>Envoyer les attestations…</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_mail.py" line="121"/>
        <source>Those who already received their current certificate are skipped, so sending again after a stop goes on with the others.</source>
        <translation>Les personnes qui ont déjà reçu leur attestation actuelle sont passées : envoyer à nouveau après un arrêt continue avec les autres.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_mail.py" line="158"/>
        <source>Only the people ticked in the Certificates tab (%1)</source>
        <translation>Seulement les personnes cochées dans l&apos;onglet Attestations (%1)</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_mail.py" line="180"/>
        <source>Type the address the test message goes to.</source>
        <translation>Tapez l&apos;adresse à laquelle envoyer le message de test.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_mail.py" line="197"/>
        <source>Sending a test message to %1…</source>
        <translation>Envoi d&apos;un message de test à %1…</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_mail.py" line="206"/>
        <source>The test message went to %1 (the server answered: %2). Check that it arrived, then send the certificates.</source>
        <translation>Le message de test est parti vers %1 (réponse du serveur : %2). Vérifiez qu&apos;il est arrivé, puis envoyez les attestations.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_mail.py" line="225"/>
        <source>Send certificates</source>
        <translation>Envoyer les attestations</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_mail.py" line="226"/>
        <source>Send each certificate by e-mail now? Those already sent are skipped.</source>
        <translation>Envoyer maintenant chaque attestation par e-mail ? Celles déjà envoyées sont passées.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_mail.py" line="241"/>
        <source>Nobody is ticked in the Certificates tab.</source>
        <translation>Personne n&apos;est coché dans l&apos;onglet Attestations.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_mail.py" line="262"/>
        <source>Sending certificates</source>
        <translation>Envoi des attestations</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_mail.py" line="263"/>
        <source>Sending the certificates by e-mail…</source>
        <translation>Envoi des attestations par e-mail…</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_mail.py" line="275"/>
        <source>Sending was stopped.</source>
        <translation>L&apos;envoi a été arrêté.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_mail.py" line="277"/>
        <source>Sending stopped: %1</source>
        <translation>Envoi arrêté : %1</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_mail.py" line="286"/>
        <source>Sent: %1 · failed: %2 · already sent before: %3 · left out: %4</source>
        <translation>Envoyées : %1 · échecs : %2 · déjà envoyées avant : %3 · laissées de côté : %4</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_mail.py" line="296"/>
        <source>%1 not handled yet: send again to go on.</source>
        <translation>%1 pas encore traitées : envoyez à nouveau pour continuer.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_mail.py" line="302"/>
        <source>Send again to retry the failed ones once their address is fixed.</source>
        <translation>Envoyez à nouveau pour réessayer les échecs une fois leur adresse corrigée.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../catchdesk/ui/pages.py" line="39"/>
        <source>Front desk</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/pages.py" line="46"/>
        <source>Workshop door</source>
        <translation>Porte d&apos;atelier</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/pages.py" line="52"/>
        <source>Coaching</source>
        <translation>Coaching</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/pages.py" line="58"/>
        <source>Coach mode</source>
        <translation>Mode coach</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/pages.py" line="64"/>
        <source>Attendees</source>
        <translation>Participant·es</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/pages.py" line="70"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/pages.py" line="76"/>
        <source>Statistics</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/pages.py" line="82"/>
        <source>Event setup</source>
        <translation>Préparer l&apos;événement</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/pages.py" line="88"/>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/main_window.py" line="237"/>
        <source>This screen could not be opened; the log says why.</source>
        <translation>Cet écran n&apos;a pas pu s&apos;ouvrir ; le journal dit pourquoi.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/main_window.py" line="285"/>
        <source>&amp;Desk</source>
        <translation>&amp;Poste</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/main_window.py" line="286"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/main_window.py" line="291"/>
        <source>&amp;Import registrations…</source>
        <translation>&amp;Importer des inscriptions…</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/main_window.py" line="296"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/main_window.py" line="302"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/main_window.py" line="303"/>
        <source>&amp;Full screen (kiosk)</source>
        <translation>&amp;Plein écran (kiosque)</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/main_window.py" line="381"/>
        <source>Where this desk&apos;s data is stored</source>
        <translation>Où sont enregistrées les données de ce poste</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/main_window.py" line="411"/>
        <source>Counts unavailable</source>
        <translation>Chiffres indisponibles</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/main_window.py" line="417"/>
        <source>%1 checked in / %2 registered</source>
        <translation>%1 arrivé·es / %2 inscrit·es</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../catchdesk/ui/attendee_list_merge.py" line="37"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_list_merge.py" line="38"/>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_list_merge.py" line="39"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_list_merge.py" line="40"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_list_merge.py" line="41"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_list_merge.py" line="42"/>
        <source>Job</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_list_merge.py" line="43"/>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_list_merge.py" line="44"/>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_list_merge.py" line="45"/>
        <source>Ticket</source>
        <translation>Billet</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_list_merge.py" line="49"/>
        <source>Imported on {date}</source>
        <translation>Importée le {date}</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_list_merge.py" line="50"/>
        <source>Walk-in on {date}</source>
        <translation>Inscrite sur place le {date}</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_list_merge.py" line="51"/>
        <source>Added on {date}</source>
        <translation>Ajoutée le {date}</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_list_merge.py" line="69"/>
        <source>Merge two records</source>
        <translation>Fusionner deux fiches</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_list_merge.py" line="80"/>
        <source>One of the two people is no longer in the store; refresh the list.</source>
        <translation>L&apos;une des deux personnes n&apos;est plus dans les données ; actualisez la liste.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_list_merge.py" line="110"/>
        <source>After the merge</source>
        <translation>Après la fusion</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_list_merge.py" line="115"/>
        <source>Keep this record</source>
        <translation>Garder cette fiche</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_list_merge.py" line="141"/>
        <source>Ticket code</source>
        <translation>Code du billet</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_list_merge.py" line="147"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_list_merge.py" line="155"/>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_list_merge.py" line="189"/>
        <source>The record {kept} of {survivor} is kept. The check-ins, bookings, enrolments, badge prints and codes of the record {other} move to it, and the ticket {other} still checks in {survivor}. Details in green come from {other}, which stays in the history as merged: nothing is deleted.</source>
        <translation>La fiche {kept} de {survivor} est gardée. Les enregistrements, réservations, inscriptions aux ateliers, impressions de badge et codes de la fiche {other} y sont déplacés, et le billet {other} enregistre toujours {survivor}. Les détails en vert viennent de {other}, qui reste dans l&apos;historique comme fusionnée : rien n&apos;est supprimé.</translation>
    </message>
</context>
<context>
    <name>PaperPreview</name>
    <message>
        <location filename="../../catchdesk/ui/coaching_print.py" line="88"/>
        <source>Nothing to show.</source>
        <translation>Rien à afficher.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_print.py" line="91"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_print.py" line="92"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Enregistrer en PDF…</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_print.py" line="121"/>
        <source>Sent to the printer.</source>
        <translation>Envoyé à l&apos;imprimante.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_print.py" line="125"/>
        <source>Printing</source>
        <translation>Impression</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_print.py" line="125"/>
        <source>Sending the pages to the printer…</source>
        <translation>Envoi des pages à l&apos;imprimante…</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_print.py" line="131"/>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_print.py" line="131"/>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_print.py" line="142"/>
        <source>The file could not be saved: %1</source>
        <translation>Le fichier n&apos;a pas pu être enregistré : %1</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_print.py" line="145"/>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <location filename="../../catchdesk/ui/event_setup_partners.py" line="71"/>
        <source>Name, phone or e-mail of the person to call</source>
        <translation>Nom, téléphone ou e-mail de la personne à contacter</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_partners.py" line="75"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_partners.py" line="76"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_partners.py" line="77"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_partners.py" line="78"/>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
</context>
<context>
    <name>PartnersTab</name>
    <message>
        <location filename="../../catchdesk/ui/event_setup_partners.py" line="39"/>
        <source>Sponsor</source>
        <translation>Sponsor</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_partners.py" line="40"/>
        <source>Coworking space</source>
        <translation>Espace de coworking</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_partners.py" line="41"/>
        <source>Incubator</source>
        <translation>Incubateur</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_partners.py" line="42"/>
        <source>School</source>
        <translation>École</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_partners.py" line="43"/>
        <source>Agency</source>
        <translation>Agence</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_partners.py" line="44"/>
        <source>Public body</source>
        <translation>Organisme public</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_partners.py" line="45"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_partners.py" line="114"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_partners.py" line="114"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_partners.py" line="114"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_partners.py" line="114"/>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_partners.py" line="122"/>
        <source>Add partner…</source>
        <translation>Ajouter un partenaire…</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_partners.py" line="123"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_partners.py" line="124"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_partners.py" line="176"/>
        <source>New partner</source>
        <translation>Nouveau partenaire</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_partners.py" line="181"/>
        <source>Edit partner</source>
        <translation>Modifier le partenaire</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_partners.py" line="189"/>
        <location filename="../../catchdesk/ui/event_setup_partners.py" line="202"/>
        <source>Remove partner</source>
        <translation>Retirer le partenaire</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_partners.py" line="190"/>
        <source>Remove {name} from the partners?</source>
        <translation>Retirer {name} des partenaires ?</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../catchdesk/ui/sync_dialogs.py" line="40"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/sync_dialogs.py" line="41"/>
        <source>&amp;Again:</source>
        <translation>&amp;Encore une fois :</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/sync_dialogs.py" line="61"/>
        <source>Use at least %1 characters: a few words are easy to say and to type.</source>
        <translation>Utilisez au moins %1 caractères : quelques mots sont faciles à dire et à taper.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/sync_dialogs.py" line="65"/>
        <source>The two passphrases differ; type the same one twice.</source>
        <translation>Les deux phrases secrètes diffèrent ; tapez deux fois la même.</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../catchdesk/ui/pdf_preview.py" line="76"/>
        <source>Fit width</source>
        <translation>Pleine largeur</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/pdf_preview.py" line="77"/>
        <source>Whole page</source>
        <translation>Page entière</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/pdf_preview.py" line="78"/>
        <source>How large the pages are shown</source>
        <translation>Taille d&apos;affichage des pages</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/pdf_preview.py" line="44"/>
        <location filename="../../catchdesk/ui/pdf_preview.py" line="101"/>
        <source>The preview file could not be read.</source>
        <translation>Le fichier d&apos;aperçu n&apos;a pas pu être lu.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../catchdesk/ui/pdf_preview.py" line="108"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfPrinting</name>
    <message>
        <location filename="../../catchdesk/ui/pdf_printing.py" line="59"/>
        <source>The PDF file could not be read for printing.</source>
        <translation>Le fichier PDF n&apos;a pas pu être lu pour l&apos;impression.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/pdf_printing.py" line="79"/>
        <source>The printer could not be started.</source>
        <translation>L&apos;imprimante n&apos;a pas pu démarrer.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/pdf_printing.py" line="89"/>
        <source>Printing was stopped; pages already sent may still come out.</source>
        <translation>L&apos;impression a été arrêtée ; les pages déjà envoyées peuvent encore sortir.</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../catchdesk/ui/documents_people.py" line="54"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_people.py" line="55"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_people.py" line="58"/>
        <source>Badge printed</source>
        <translation>Badge imprimé</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_people.py" line="59"/>
        <source>Came</source>
        <translation>Venu·e</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_people.py" line="114"/>
        <source>cancelled</source>
        <translation>annulé·e</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_people.py" line="115"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_people.py" line="116"/>
        <source>came</source>
        <translation>venu·e</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_people.py" line="117"/>
        <source>not checked in</source>
        <translation>pas enregistré·e</translation>
    </message>
</context>
<context>
    <name>PeoplePicker</name>
    <message>
        <location filename="../../catchdesk/ui/documents_people.py" line="319"/>
        <source>Filter by name, organisation, e-mail or code</source>
        <translation>Filtrer par nom, organisation, e-mail ou code</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_people.py" line="322"/>
        <source>Only ticked</source>
        <translation>Seulement les coché·es</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_people.py" line="346"/>
        <source>Tick all shown</source>
        <translation>Cocher tout ce qui est affiché</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_people.py" line="347"/>
        <source>Untick all</source>
        <translation>Tout décocher</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_people.py" line="386"/>
        <source>%1 ticked · %2 shown of %3</source>
        <translation>%1 coché·es · %2 affiché·es sur %3</translation>
    </message>
</context>
<context>
    <name>ReportTiles</name>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_check.py" line="49"/>
        <source>new people</source>
        <translation>nouvelles personnes</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_check.py" line="50"/>
        <source>updated</source>
        <translation>mises à jour</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_check.py" line="51"/>
        <source>already up to date</source>
        <translation>déjà à jour</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_result.py" line="47"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_result.py" line="50"/>
        <source>The registrations are written in one go: all of them, or none if you stop the import with Cancel.</source>
        <translation>Les inscriptions sont enregistrées d&apos;un seul coup : toutes, ou aucune si vous arrêtez l&apos;import avec Annuler.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_result.py" line="58"/>
        <source>rows left out</source>
        <translation>lignes laissées de côté</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_result.py" line="61"/>
        <source>Back to the check</source>
        <translation>Retour à la vérification</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_result.py" line="99"/>
        <source>Importing… the list is checked once more first.</source>
        <translation>Import en cours… la liste est d&apos;abord vérifiée une dernière fois.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_result.py" line="120"/>
        <source>Stopping… nothing will be imported.</source>
        <translation>Arrêt en cours… rien ne sera importé.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_result.py" line="128"/>
        <source>Importing: {done} of {total} rows written…</source>
        <translation>Import : {done} lignes sur {total} enregistrées…</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_result.py" line="139"/>
        <source>{file} into “{event}”</source>
        <translation>{file} dans « {event} »</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_result.py" line="147"/>
        <source>Nothing had to change: the attendee list was already up to date.</source>
        <translation>Rien à changer : la liste des participants était déjà à jour.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_result.py" line="153"/>
        <source>Done: the valid rows are in the attendee list. The rows listed below were left out; correct them in the file and import it again to add them.</source>
        <translation>C&apos;est fait : les lignes valables sont dans la liste des participants. Les lignes ci-dessous ont été laissées de côté ; corrigez-les dans le fichier et importez-le à nouveau pour les ajouter.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_result.py" line="159"/>
        <source>Done: everyone is in the attendee list.</source>
        <translation>C&apos;est fait : tout le monde est dans la liste des participants.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_result.py" line="178"/>
        <source>The import was stopped. Nothing was imported: the list is as before.</source>
        <translation>L&apos;import a été arrêté. Rien n&apos;a été importé : la liste est comme avant.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_result.py" line="183"/>
        <source>The import failed and nothing was imported. {reason}</source>
        <translation>L&apos;import a échoué et rien n&apos;a été importé. {reason}</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../catchdesk/ui/search_model.py" line="36"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/search_model.py" line="37"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/search_model.py" line="38"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/search_model.py" line="39"/>
        <source>Checked in</source>
        <translation>Arrivé·e</translation>
    </message>
</context>
<context>
    <name>SessionPanel</name>
    <message>
        <location filename="../../catchdesk/ui/coach_mode_widgets.py" line="161"/>
        <source>Short note on the session</source>
        <translation>Brève note sur la séance</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coach_mode_widgets.py" line="163"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coach_mode_widgets.py" line="165"/>
        <source>Arrived</source>
        <translation>Arrivé·e</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coach_mode_widgets.py" line="167"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coach_mode_widgets.py" line="168"/>
        <source>No-show</source>
        <translation>Absent·e</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coach_mode_widgets.py" line="194"/>
        <source>Select a slot in the list.</source>
        <translation>Sélectionnez un créneau dans la liste.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="42"/>
        <source>A4 sheet, 8 badges (90 × 60 mm)</source>
        <translation>Feuille A4, 8 badges (90 × 60 mm)</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="43"/>
        <source>62 mm label roll, one badge per label</source>
        <translation>Rouleau d&apos;étiquettes 62 mm, un badge par étiquette</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="84"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="101"/>
        <source>Desk</source>
        <translation>Poste</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="105"/>
        <source>Name of this computer</source>
        <translation>Nom de cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="106"/>
        <source>Desk &amp;name:</source>
        <translation>&amp;Nom du poste :</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="110"/>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="115"/>
        <source>The new language applies the next time CatchDesk starts.</source>
        <translation>La nouvelle langue s&apos;appliquera au prochain démarrage de CatchDesk.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="121"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="124"/>
        <source>Play a sound for each verdict</source>
        <translation>Jouer un son pour chaque verdict</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="127"/>
        <source>Sounds:</source>
        <translation>Sons :</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="131"/>
        <source>Scanner and camera</source>
        <translation>Scanner et caméra</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="138"/>
        <source>Keys closer together than this come from a scanner.</source>
        <translation>Des touches plus rapprochées que ceci viennent d&apos;un scanner.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="139"/>
        <source>Scanner key &amp;gap:</source>
        <translation>É&amp;cart entre touches du scanner :</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="146"/>
        <source>A scan without Enter is accepted after this pause with no key.</source>
        <translation>Un scan sans Entrée est accepté après cette pause sans touche.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="148"/>
        <source>Scan &amp;without Enter after:</source>
        <translation>Scan &amp;sans Entrée après :</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="156"/>
        <source>First camera found</source>
        <translation>Première caméra trouvée</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="160"/>
        <source>Camera scanning is off: Qt Multimedia is not available on this computer.</source>
        <translation>Scan par caméra désactivé : Qt Multimedia n&apos;est pas disponible sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="166"/>
        <source>No camera found on this computer.</source>
        <translation>Aucune caméra trouvée sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="167"/>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="181"/>
        <source>%1 (not connected)</source>
        <translation>%1 (non connecté)</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="169"/>
        <source>&amp;Camera:</source>
        <translation>&amp;Caméra :</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="174"/>
        <source>Badges</source>
        <translation>Badges</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="178"/>
        <source>Ask each time (print dialog)</source>
        <translation>Demander à chaque fois (fenêtre d&apos;impression)</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="182"/>
        <source>&amp;Printer:</source>
        <translation>&amp;Imprimante :</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="193"/>
        <source>Badge &amp;layout:</source>
        <translation>&amp;Mise en page des badges :</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="195"/>
        <source>Print the badge at every first check-in</source>
        <translation>Imprimer le badge à chaque premier enregistrement</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="198"/>
        <source>Automatic:</source>
        <translation>Automatique :</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="202"/>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="209"/>
        <source>The PostgreSQL database the desks of the event share. A password written in the address is kept in this desk&apos;s settings file in clear: prefer a ~/.pgpass file or a server that trusts the venue&apos;s network.</source>
        <translation>La base de données PostgreSQL que partagent les postes de l&apos;événement. Un mot de passe écrit dans l&apos;adresse est gardé en clair dans le fichier de paramètres de ce poste : préférez un fichier ~/.pgpass ou un serveur qui fait confiance au réseau du lieu.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="214"/>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="221"/>
        <source>&amp;Hub:</source>
        <translation>Se&amp;rveur central :</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="227"/>
        <source>Empty: this desk does not sync in the background.</source>
        <translation>Vide : ce poste ne se synchronise pas en arrière-plan.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="236"/>
        <source>Write the hub&apos;s address first.</source>
        <translation>Écrivez d&apos;abord l&apos;adresse du serveur central.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="252"/>
        <source>Reaching the hub…</source>
        <translation>Contact avec le serveur central…</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="261"/>
        <source>OK: the hub %1 answers.</source>
        <translation>OK : le serveur central %1 répond.</translation>
    </message>
</context>
<context>
    <name>SetupMessages</name>
    <message>
        <location filename="../../catchdesk/ui/event_setup_messages.py" line="22"/>
        <source>An event needs a name.</source>
        <translation>Un événement a besoin d&apos;un nom.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_messages.py" line="23"/>
        <source>“{zone}” is not a time zone such as Europe/Brussels.</source>
        <translation>« {zone} » n&apos;est pas un fuseau horaire comme Europe/Brussels.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_messages.py" line="26"/>
        <source>The event cannot end before it starts: check the last day.</source>
        <translation>L&apos;événement ne peut pas finir avant de commencer : vérifiez le dernier jour.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_messages.py" line="29"/>
        <source>Check-ins already recorded on the event&apos;s present days: {count}; their times do not move.</source>
        <translation>Enregistrements déjà faits aux jours actuels de l&apos;événement : {count} ; leurs heures ne changent pas.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_messages.py" line="33"/>
        <source>Workshops that would fall outside the event&apos;s days: {count} (first: {title}); change their times afterwards.</source>
        <translation>Ateliers qui tomberaient en dehors des jours de l&apos;événement : {count} (premier : {title}) ; changez ensuite leurs heures.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_messages.py" line="38"/>
        <source>Certificates are written in French, Dutch and English only.</source>
        <translation>Les attestations sont rédigées uniquement en français, en néerlandais et en anglais.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_messages.py" line="41"/>
        <source>The {what} weighs {size} KB, more than {limit} KB: export it smaller (about 600 pixels wide is plenty).</source>
        <translation>L&apos;image « {what} » pèse {size} Ko, plus que {limit} Ko : exportez-la plus petite (environ 600 pixels de large suffisent).</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_messages.py" line="46"/>
        <source>The {what} must be a PNG or JPEG image.</source>
        <translation>L&apos;image « {what} » doit être au format PNG ou JPEG.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_messages.py" line="47"/>
        <source>The {what} is a damaged image: export it again as PNG.</source>
        <translation>L&apos;image « {what} » est endommagée : exportez-la à nouveau en PNG.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_messages.py" line="50"/>
        <source>{path} is a folder: choose a PNG or JPEG file.</source>
        <translation>{path} est un dossier : choisissez un fichier PNG ou JPEG.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_messages.py" line="53"/>
        <source>Cannot read {path} ({reason}).</source>
        <translation>Impossible de lire {path} ({reason}).</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_messages.py" line="54"/>
        <source>A partner needs a name.</source>
        <translation>Un partenaire a besoin d&apos;un nom.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_messages.py" line="55"/>
        <source>“{site}” is not a web address: write it like www.example.be.</source>
        <translation>« {site} » n&apos;est pas une adresse web : écrivez-la comme www.exemple.be.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_messages.py" line="58"/>
        <source>{name} is already a partner of this event.</source>
        <translation>{name} est déjà partenaire de cet événement.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_messages.py" line="61"/>
        <source>This partner is no longer in the list: refresh it.</source>
        <translation>Ce partenaire n&apos;est plus dans la liste : actualisez-la.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_messages.py" line="64"/>
        <source>A workshop needs a title.</source>
        <translation>Un atelier a besoin d&apos;un titre.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_messages.py" line="65"/>
        <source>{title} ends at {end}, before it starts at {start}: check the end time.</source>
        <translation>{title} finit à {end}, avant de commencer à {start} : vérifiez l&apos;heure de fin.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_messages.py" line="68"/>
        <source>A capacity is at least 1 seat; leave it empty for no limit.</source>
        <translation>Une capacité compte au moins 1 place ; laissez-la vide pour ne pas mettre de limite.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_messages.py" line="71"/>
        <source>{title} is on {day}, outside the event&apos;s days ({days}): pick a time on the event&apos;s days.</source>
        <translation>{title} a lieu le {day}, en dehors des jours de l&apos;événement ({days}) : choisissez un moment pendant les jours de l&apos;événement.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_messages.py" line="75"/>
        <source>People inside {title}: {inside}, for {capacity} seats: the door will turn newcomers away until there is room.</source>
        <translation>Personnes dans la salle de {title} : {inside}, pour {capacity} places : la porte refusera les nouveaux venus jusqu&apos;à ce qu&apos;il y ait de la place.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_messages.py" line="80"/>
        <source>People enrolled in {title}: {enrolled}, for {capacity} seats.</source>
        <translation>Personnes inscrites à {title} : {enrolled}, pour {capacity} places.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_messages.py" line="83"/>
        <source>People already admitted to {title}: {count}; their certificates will state the new times.</source>
        <translation>Personnes déjà admises à {title} : {count} ; leurs attestations indiqueront les nouvelles heures.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_messages.py" line="87"/>
        <source>{other} is in {room} at the same time ({start}–{end}).</source>
        <translation>{other} a lieu dans {room} au même moment ({start}–{end}).</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_messages.py" line="90"/>
        <source>{title} will be removed from the programme.</source>
        <translation>{title} sera retiré du programme.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_messages.py" line="93"/>
        <source>People were admitted to {title} ({count}), so it stays in the history and on their certificates: change its title or times instead of deleting it.</source>
        <translation>Des personnes ont été admises à {title} ({count}) : l&apos;atelier reste donc dans l&apos;historique et sur leurs attestations. Changez son titre ou ses heures au lieu de le supprimer.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_messages.py" line="98"/>
        <source>People enrolled in {title}: {count}; their enrolments will be removed with it.</source>
        <translation>Personnes inscrites à {title} : {count} ; leurs inscriptions seront supprimées avec l&apos;atelier.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_messages.py" line="102"/>
        <source>This workshop is no longer in the programme: refresh the list.</source>
        <translation>Cet atelier n&apos;est plus au programme : actualisez la liste.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_messages.py" line="105"/>
        <source>Cannot write {path} ({reason}).</source>
        <translation>Impossible d&apos;écrire {path} ({reason}).</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_messages.py" line="108"/>
        <source>logo</source>
        <translation>logo</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_messages.py" line="109"/>
        <source>signature image</source>
        <translation>signature</translation>
    </message>
</context>
<context>
    <name>SlotPanel</name>
    <message>
        <location filename="../../catchdesk/ui/coaching_slot_panel.py" line="53"/>
        <location filename="../../catchdesk/ui/coaching_slot_panel.py" line="139"/>
        <source>Click a slot in the grid to see what can be done with it.</source>
        <translation>Cliquez sur un créneau de la grille pour voir ce qu&apos;on peut en faire.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_slot_panel.py" line="60"/>
        <source>Note (optional)</source>
        <translation>Note (facultative)</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_slot_panel.py" line="62"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_slot_panel.py" line="63"/>
        <location filename="../../catchdesk/ui/coaching_slot_panel.py" line="154"/>
        <source>Book here</source>
        <translation>Réserver ici</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_slot_panel.py" line="64"/>
        <source>Arrived</source>
        <translation>Arrivé·e</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_slot_panel.py" line="65"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_slot_panel.py" line="66"/>
        <source>No-show</source>
        <translation>Absent·e</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_slot_panel.py" line="67"/>
        <source>Move…</source>
        <translation>Déplacer…</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_slot_panel.py" line="68"/>
        <source>Move this booking to another slot</source>
        <translation>Déplacer cette réservation vers un autre créneau</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_slot_panel.py" line="69"/>
        <source>Cancel booking</source>
        <translation>Décommander</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_slot_panel.py" line="70"/>
        <source>Keep note</source>
        <translation>Garder la note</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_slot_panel.py" line="71"/>
        <location filename="../../catchdesk/ui/coaching_slot_panel.py" line="155"/>
        <source>Block</source>
        <translation>Bloquer</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_slot_panel.py" line="73"/>
        <source>Print slip</source>
        <translation>Imprimer la fiche</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_slot_panel.py" line="77"/>
        <source>Receipt (80 mm)</source>
        <translation>Ticket de caisse (80 mm)</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_slot_panel.py" line="78"/>
        <source>Label (62 mm)</source>
        <translation>Étiquette (62 mm)</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_slot_panel.py" line="152"/>
        <source>Book %1 here</source>
        <translation>Réserver ici pour %1</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_slot_panel.py" line="155"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
</context>
<context>
    <name>SmtpForm</name>
    <message>
        <location filename="../../catchdesk/ui/documents_smtp.py" line="44"/>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (généralement port 587)</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_smtp.py" line="45"/>
        <source>TLS from the start (usually port 465)</source>
        <translation>TLS dès le début (généralement port 465)</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_smtp.py" line="46"/>
        <source>None (only a server on this computer)</source>
        <translation>Aucune (seulement un serveur sur cet ordinateur)</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_smtp.py" line="50"/>
        <source>often your e-mail address</source>
        <translation>souvent votre adresse e-mail</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_smtp.py" line="53"/>
        <source>asked each session, never saved</source>
        <translation>demandé à chaque session, jamais enregistré</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_smtp.py" line="57"/>
        <source>optional: where replies go</source>
        <translation>facultatif : où vont les réponses</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_smtp.py" line="60"/>
        <source>Mail server:</source>
        <translation>Serveur d&apos;envoi :</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_smtp.py" line="61"/>
        <source>Port:</source>
        <translation>Port :</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_smtp.py" line="62"/>
        <source>Security:</source>
        <translation>Sécurité :</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_smtp.py" line="63"/>
        <source>User name:</source>
        <translation>Nom d&apos;utilisateur :</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_smtp.py" line="64"/>
        <source>Password:</source>
        <translation>Mot de passe :</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_smtp.py" line="65"/>
        <source>Sender address:</source>
        <translation>Adresse de l&apos;expéditeur :</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_smtp.py" line="66"/>
        <source>Reply-to address:</source>
        <translation>Adresse de réponse :</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_smtp.py" line="81"/>
        <source>Type the name of the mail server (for example smtp.example.be).</source>
        <translation>Tapez le nom du serveur d&apos;envoi (par exemple smtp.exemple.be).</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_smtp.py" line="90"/>
        <source>Type the sender address the e-mails come from.</source>
        <translation>Tapez l&apos;adresse de l&apos;expéditeur des e-mails.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_smtp.py" line="95"/>
        <source>The sender address</source>
        <translation>L&apos;adresse de l&apos;expéditeur</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_smtp.py" line="100"/>
        <source>The reply-to address</source>
        <translation>L&apos;adresse de réponse</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_smtp.py" line="117"/>
        <source>The password would travel unencrypted: choose STARTTLS or TLS.</source>
        <translation>Le mot de passe circulerait sans chiffrement : choisissez STARTTLS ou TLS.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_smtp.py" line="123"/>
        <source>Type the password of %1 (it is used for this session only).</source>
        <translation>Tapez le mot de passe de %1 (il ne sert que pour cette session).</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_smtp.py" line="135"/>
        <source>%1 “%2” is not an e-mail address.</source>
        <translation>%1 « %2 » n&apos;est pas une adresse e-mail.</translation>
    </message>
</context>
<context>
    <name>StatisticsFiles</name>
    <message>
        <location filename="../../catchdesk/ui/statistics_actions.py" line="58"/>
        <source>Export the figures</source>
        <translation>Exporter les chiffres</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/statistics_actions.py" line="59"/>
        <source>figures</source>
        <translation>chiffres</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/statistics_actions.py" line="60"/>
        <source>Exporting the figures</source>
        <translation>Export des chiffres</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/statistics_actions.py" line="68"/>
        <source>Export the attendee list</source>
        <translation>Exporter la liste des participant·es</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/statistics_actions.py" line="69"/>
        <source>attendees</source>
        <translation>participants</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/statistics_actions.py" line="70"/>
        <source>Exporting the attendee list</source>
        <translation>Export de la liste des participant·es</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/statistics_actions.py" line="80"/>
        <source>Save the summary</source>
        <translation>Enregistrer le résumé</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/statistics_actions.py" line="81"/>
        <source>summary</source>
        <translation>résumé</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/statistics_actions.py" line="82"/>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/statistics_actions.py" line="92"/>
        <source>Saving the summary</source>
        <translation>Enregistrement du résumé</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/statistics_actions.py" line="93"/>
        <location filename="../../catchdesk/ui/statistics_actions.py" line="171"/>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/statistics_actions.py" line="121"/>
        <location filename="../../catchdesk/ui/statistics_actions.py" line="134"/>
        <source>Printing the summary</source>
        <translation>Impression du résumé</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/statistics_actions.py" line="122"/>
        <source>Sending the summary to the printer…</source>
        <translation>Envoi du résumé à l&apos;imprimante…</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/statistics_actions.py" line="124"/>
        <source>The summary went to the printer.</source>
        <translation>Le résumé est parti à l&apos;imprimante.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/statistics_actions.py" line="135"/>
        <source>Drawing the summary…</source>
        <translation>Dessin du résumé…</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/statistics_actions.py" line="197"/>
        <source>Stopped; no file was written.</source>
        <translation>Arrêté ; aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/statistics_actions.py" line="215"/>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/statistics_actions.py" line="217"/>
        <source>Saved %1 rows to %2</source>
        <translation>%1 lignes enregistrées dans %2</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/statistics_actions.py" line="223"/>
        <source>Statistics</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/statistics_files.py" line="39"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/statistics_files.py" line="40"/>
        <source>CSV for Excel, semicolons (*.csv)</source>
        <translation>CSV pour Excel, points-virgules (*.csv)</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/statistics_files.py" line="41"/>
        <source>CSV, commas (*.csv)</source>
        <translation>CSV, virgules (*.csv)</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/statistics_files.py" line="88"/>
        <location filename="../../catchdesk/ui/statistics_files.py" line="118"/>
        <source>The event of this desk is no longer in the store.</source>
        <translation>L&apos;événement de ce poste n&apos;est plus dans les données.</translation>
    </message>
</context>
<context>
    <name>StatisticsScreen</name>
    <message>
        <location filename="../../catchdesk/ui/statistics.py" line="87"/>
        <source>Statistics</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/statistics.py" line="92"/>
        <source>Counting…</source>
        <translation>Comptage…</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/statistics.py" line="97"/>
        <source>Checked in</source>
        <translation>Arrivé·es</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/statistics.py" line="98"/>
        <source>Walk-ins</source>
        <translation>Inscriptions sur place</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/statistics.py" line="99"/>
        <source>Coaching sessions</source>
        <translation>Séances de coaching</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/statistics.py" line="100"/>
        <source>Busiest quarter hour</source>
        <translation>Quart d&apos;heure le plus chargé</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/statistics.py" line="108"/>
        <source>Attended / capacity</source>
        <translation>Présent·es / capacité</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/statistics.py" line="109"/>
        <source>Coaching per coach</source>
        <translation>Coaching par coach</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/statistics.py" line="110"/>
        <source>Coaching per topic</source>
        <translation>Coaching par thème</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/statistics.py" line="116"/>
        <source>Export &amp;figures…</source>
        <translation>Exporter les &amp;chiffres…</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/statistics.py" line="119"/>
        <source>Save these figures as an Excel workbook or a CSV file</source>
        <translation>Enregistrer ces chiffres dans un classeur Excel ou un fichier CSV</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/statistics.py" line="121"/>
        <source>Export &amp;attendee list…</source>
        <translation>E&amp;xporter la liste des participant·es…</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/statistics.py" line="124"/>
        <source>Everyone with their arrival, desk and workshops, for a spreadsheet</source>
        <translation>Chaque personne avec son arrivée, son poste et ses ateliers, pour un tableur</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/statistics.py" line="126"/>
        <source>&amp;Save summary (PDF)…</source>
        <translation>&amp;Enregistrer le résumé (PDF)…</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/statistics.py" line="128"/>
        <source>The one-page summary of the day, as a PDF file</source>
        <translation>Le résumé de la journée sur une page, en fichier PDF</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/statistics.py" line="129"/>
        <source>&amp;Print summary…</source>
        <translation>&amp;Imprimer le résumé…</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/statistics.py" line="131"/>
        <source>Print the one-page summary on paper</source>
        <translation>Imprimer le résumé d&apos;une page sur papier</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/statistics.py" line="157"/>
        <source>Arrivals per quarter hour</source>
        <translation>Arrivées par quart d&apos;heure</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/statistics.py" line="158"/>
        <source>Workshops and coaching</source>
        <translation>Ateliers et coaching</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/statistics.py" line="159"/>
        <source>Sectors of those who came</source>
        <translation>Secteurs des personnes venues</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/statistics.py" line="160"/>
        <source>Needs of those who came</source>
        <translation>Besoins des personnes venues</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/statistics.py" line="235"/>
        <source>of %1 registered (%2 %)</source>
        <translation>sur %1 inscrit·es (%2 %)</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/statistics.py" line="240"/>
        <source>registered at the desk</source>
        <translation>inscrit·es à l&apos;accueil</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/statistics.py" line="245"/>
        <source>%1 held · %2 no-shows · %3 waiting</source>
        <translation>%1 tenues · %2 absences · %3 en attente</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/statistics.py" line="254"/>
        <source>nobody has arrived yet</source>
        <translation>personne n&apos;est encore arrivé</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/statistics.py" line="258"/>
        <source>1 arrival</source>
        <translation>1 arrivée</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/statistics.py" line="260"/>
        <source>%1 arrivals</source>
        <translation>%1 arrivées</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/statistics.py" line="271"/>
        <source>Updated at %1</source>
        <translation>Mis à jour à %1</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/statistics.py" line="282"/>
        <source>Not given</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/statistics.py" line="286"/>
        <source>Figures unavailable: %1</source>
        <translation>Chiffres indisponibles : %1</translation>
    </message>
</context>
<context>
    <name>SyncControls</name>
    <message>
        <location filename="../../catchdesk/ui/sync_actions.py" line="59"/>
        <source>&amp;Sync</source>
        <translation>&amp;Synchronisation</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/sync_actions.py" line="62"/>
        <source>&amp;Export a bundle…</source>
        <translation>&amp;Exporter un fichier d&apos;échange…</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/sync_actions.py" line="63"/>
        <source>Export a &amp;join bundle for a new laptop…</source>
        <translation>Exporter un fichier d&apos;échange pour un &amp;nouvel ordinateur…</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/sync_actions.py" line="64"/>
        <source>&amp;Import a bundle…</source>
        <translation>&amp;Importer un fichier d&apos;échange…</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/sync_actions.py" line="65"/>
        <source>&amp;Publish this event to the hub…</source>
        <translation>&amp;Publier cet événement sur le serveur central…</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/sync_actions.py" line="66"/>
        <source>Sync &amp;now</source>
        <translation>Synchroniser &amp;maintenant</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/sync_actions.py" line="67"/>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Conflits…</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/sync_actions.py" line="163"/>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/sync_actions.py" line="196"/>
        <location filename="../../catchdesk/ui/sync_actions.py" line="211"/>
        <source>Export a bundle</source>
        <translation>Exporter un fichier d&apos;échange</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/sync_actions.py" line="211"/>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/sync_actions.py" line="219"/>
        <source>Join bundle</source>
        <translation>Fichier d&apos;échange pour un nouvel ordinateur</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/sync_actions.py" line="221"/>
        <source>Choose the passphrase a new laptop will type to open this bundle. Tell it aloud, never on the USB stick.</source>
        <translation>Choisissez la phrase secrète que le nouvel ordinateur tapera pour ouvrir ce fichier. Dites-la à voix haute, ne l&apos;écrivez jamais sur la clé USB.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/sync_actions.py" line="229"/>
        <source>%1 entries written to %2.</source>
        <translation>%1 modifications écrites dans %2.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/sync_actions.py" line="230"/>
        <source>Bundle exported</source>
        <translation>Fichier d&apos;échange exporté</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/sync_actions.py" line="237"/>
        <location filename="../../catchdesk/ui/sync_actions.py" line="250"/>
        <source>Import a bundle</source>
        <translation>Importer un fichier d&apos;échange</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/sync_actions.py" line="250"/>
        <source>Merging %1…</source>
        <translation>Fusion de %1…</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/sync_actions.py" line="255"/>
        <source>%1 new entries merged (of %2 in the bundle).</source>
        <translation>%1 nouvelles modifications fusionnées (sur %2 dans le fichier d&apos;échange).</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/sync_actions.py" line="258"/>
        <source>%1 new conflict(s): see Sync &gt; Conflicts.</source>
        <translation>Nouveaux conflits : %1. Voir Synchronisation &gt; Conflits.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/sync_actions.py" line="261"/>
        <source>Bundle imported</source>
        <translation>Fichier d&apos;échange importé</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/sync_actions.py" line="271"/>
        <location filename="../../catchdesk/ui/sync_actions.py" line="280"/>
        <location filename="../../catchdesk/ui/sync_actions.py" line="298"/>
        <source>Publish to the hub</source>
        <translation>Publier sur le serveur central</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/sync_actions.py" line="272"/>
        <source>Set the hub&apos;s address in Settings first; then publish the event.</source>
        <translation>Indiquez d&apos;abord l&apos;adresse du serveur central dans les Paramètres, puis publiez l&apos;événement.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/sync_actions.py" line="281"/>
        <source>Choose the passphrase new laptops will type to join this event from the hub.</source>
        <translation>Choisissez la phrase secrète que les nouveaux ordinateurs taperont pour rejoindre cet événement depuis le serveur central.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/sync_actions.py" line="298"/>
        <source>Reaching the hub…</source>
        <translation>Contact avec le serveur central…</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/sync_actions.py" line="303"/>
        <source>The event is on %1: new laptops join it with the passphrase.</source>
        <translation>L&apos;événement est sur %1 : les nouveaux ordinateurs le rejoignent avec la phrase secrète.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/sync_actions.py" line="304"/>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <location filename="../../catchdesk/ui/sync_status.py" line="50"/>
        <source>Open the conflicts screen</source>
        <translation>Ouvrir l&apos;écran des conflits</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/sync_status.py" line="65"/>
        <source>Sync off</source>
        <translation>Synchronisation désactivée</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/sync_status.py" line="69"/>
        <source>No hub is set: this desk works alone. Set a hub in Settings, or exchange bundle files from the Sync menu.</source>
        <translation>Aucun serveur central n&apos;est défini : ce poste travaille seul. Définissez-en un dans les Paramètres, ou utilisez les fichiers d&apos;échange du menu Synchronisation.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/sync_status.py" line="76"/>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/sync_status.py" line="78"/>
        <source>Reaching the hub %1…</source>
        <translation>Contact avec le serveur central %1…</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/sync_status.py" line="83"/>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/sync_status.py" line="84"/>
        <source>In sync with the hub %1.</source>
        <translation>Synchronisé avec le serveur central %1.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/sync_status.py" line="86"/>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/sync_status.py" line="87"/>
        <source>The hub does not answer.</source>
        <translation>Le serveur central ne répond pas.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/sync_status.py" line="88"/>
        <source>This desk keeps working and syncs when the hub is back.</source>
        <translation>Ce poste continue de fonctionner et se synchronise dès le retour du serveur central.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/sync_status.py" line="91"/>
        <source>synced at %1</source>
        <translation>synchronisé à %1</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/sync_status.py" line="93"/>
        <source>never synced</source>
        <translation>jamais synchronisé</translation>
    </message>
    <message numerus="yes">
        <location filename="../../catchdesk/ui/sync_status.py" line="96"/>
        <source>%n entries waiting</source>
        <translation>
            <numerusform>%n modification en attente</numerusform>
            <numerusform>%n modifications en attente</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/sync_status.py" line="98"/>
        <source>1 entry waiting</source>
        <translation>1 modification en attente</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/sync_status.py" line="107"/>
        <source>1 conflict</source>
        <translation>1 conflit</translation>
    </message>
    <message numerus="yes">
        <location filename="../../catchdesk/ui/sync_status.py" line="107"/>
        <source>%n conflicts</source>
        <translation>
            <numerusform>%n conflit</numerusform>
            <numerusform>%n conflits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TopicTable</name>
    <message>
        <location filename="../../catchdesk/ui/statistics_coaching.py" line="110"/>
        <source>Topic</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/statistics_coaching.py" line="111"/>
        <source>Booked</source>
        <translation>Réservés</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/statistics_coaching.py" line="112"/>
        <source>Done</source>
        <translation>Terminés</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/statistics_coaching.py" line="113"/>
        <source>No-shows</source>
        <translation>Absences</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/statistics_coaching.py" line="114"/>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/statistics_coaching.py" line="123"/>
        <source>Topic not given</source>
        <translation>Thème non précisé</translation>
    </message>
</context>
<context>
    <name>VerdictPanel</name>
    <message>
        <location filename="../../catchdesk/ui/verdict_panel.py" line="42"/>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/verdict_panel.py" line="43"/>
        <source>Already checked in</source>
        <translation>Déjà enregistré·e</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/verdict_panel.py" line="44"/>
        <source>Unknown code</source>
        <translation>Code inconnu</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/verdict_panel.py" line="45"/>
        <source>Invalid code</source>
        <translation>Code non valide</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/verdict_panel.py" line="46"/>
        <source>Other event</source>
        <translation>Autre événement</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/verdict_panel.py" line="47"/>
        <source>Registration cancelled</source>
        <translation>Inscription annulée</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/verdict_panel.py" line="48"/>
        <source>Not enrolled</source>
        <translation>Pas inscrit·e</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/verdict_panel.py" line="49"/>
        <source>Room full</source>
        <translation>Salle complète</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/verdict_panel.py" line="52"/>
        <source>Participant</source>
        <translation>Participant·e</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/verdict_panel.py" line="53"/>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/verdict_panel.py" line="54"/>
        <source>Staff</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/verdict_panel.py" line="55"/>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/verdict_panel.py" line="56"/>
        <source>Speaker</source>
        <translation>Orateur·rice</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/verdict_panel.py" line="194"/>
        <source>First check-in at {time}, desk {desk}</source>
        <translation>Premier enregistrement à {time}, poste {desk}</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/verdict_panel.py" line="208"/>
        <source>Coaching {time} with {coach}</source>
        <translation>Coaching à {time} avec {coach}</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/verdict_panel.py" line="219"/>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/verdict_panel.py" line="220"/>
        <source>Scan a ticket or search a name</source>
        <translation>Scannez un billet ou cherchez un nom</translation>
    </message>
</context>
<context>
    <name>VerifyTab</name>
    <message>
        <location filename="../../catchdesk/ui/documents_verify.py" line="69"/>
        <source>Scan the QR code of a certificate, or type or paste the code printed under it, then press Enter.</source>
        <translation>Scannez le code QR d&apos;une attestation, ou tapez ou collez le code imprimé en dessous, puis appuyez sur Entrée.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_verify.py" line="75"/>
        <source>Certificate code</source>
        <translation>Code de l&apos;attestation</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_verify.py" line="80"/>
        <source>Verify</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_verify.py" line="82"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_verify.py" line="121"/>
        <source>Participant:</source>
        <translation>Participant·e :</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_verify.py" line="122"/>
        <source>Event:</source>
        <translation>Événement :</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_verify.py" line="123"/>
        <source>Date:</source>
        <translation>Date :</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_verify.py" line="124"/>
        <source>Total time:</source>
        <translation>Durée totale :</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_verify.py" line="125"/>
        <source>Workshops:</source>
        <translation>Ateliers :</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_verify.py" line="126"/>
        <source>Coaching:</source>
        <translation>Coaching :</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_verify.py" line="127"/>
        <source>Serial:</source>
        <translation>Numéro :</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_verify.py" line="128"/>
        <source>Signed with key:</source>
        <translation>Signée avec la clé :</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_verify.py" line="174"/>
        <source>No code yet</source>
        <translation>Pas encore de code</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_verify.py" line="175"/>
        <source>The verdict appears here.</source>
        <translation>Le verdict s&apos;affiche ici.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_verify.py" line="190"/>
        <source>Genuine, but replaced</source>
        <translation>Authentique, mais remplacée</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_verify.py" line="193"/>
        <source>Valid certificate</source>
        <translation>Attestation valable</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_verify.py" line="196"/>
        <source>Not valid</source>
        <translation>Non valable</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_verify.py" line="205"/>
        <source>What it certifies</source>
        <translation>Ce qu&apos;elle atteste</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_verify.py" line="207"/>
        <source>What the code claims (NOT verified)</source>
        <translation>Ce que le code affirme (NON vérifié)</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_verify.py" line="215"/>
        <source>A genuine certificate of %1, signed with its key.</source>
        <translation>Une attestation authentique de %1, signée avec sa clé.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_verify.py" line="220"/>
        <source>A later version (%1) was issued since: ask the holder for it.</source>
        <translation>Une version plus récente (%1) a été délivrée depuis : demandez-la à la personne.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_verify.py" line="225"/>
        <source>This is not a readable certificate code: a part is missing or mistyped. Scan the QR code, or compare the code letter by letter.</source>
        <translation>Ce n&apos;est pas un code d&apos;attestation lisible : une partie manque ou est mal tapée. Scannez le code QR, ou comparez le code lettre par lettre.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_verify.py" line="229"/>
        <source>The signature does not match: the code was altered or mistyped. Compare it letter by letter, or scan the QR code.</source>
        <translation>La signature ne correspond pas : le code a été modifié ou mal tapé. Comparez-le lettre par lettre, ou scannez le code QR.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_verify.py" line="233"/>
        <source>No event in this store signed this code: it belongs to another event, or its first letters were mistyped.</source>
        <translation>Aucun événement de ces données n&apos;a signé ce code : il appartient à un autre événement, ou ses premières lettres ont été mal tapées.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_verify.py" line="236"/>
        <source>No event in this store has a key to check codes with.</source>
        <translation>Aucun événement de ces données n&apos;a de clé pour vérifier les codes.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_verify.py" line="247"/>
        <source>presence (no timed session)</source>
        <translation>présence (sans séance minutée)</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_verify.py" line="251"/>
        <source>%1 with %2</source>
        <translation>%1 avec %2</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_verify.py" line="252"/>
        <source>personal advice</source>
        <translation>conseil personnalisé</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_verify.py" line="258"/>
        <source>%1 (version %2)</source>
        <translation>%1 (version %2)</translation>
    </message>
</context>
<context>
    <name>WaitlistPanel</name>
    <message>
        <location filename="../../catchdesk/ui/coaching_waitlist.py" line="103"/>
        <source>Waitlist</source>
        <translation>Liste d&apos;attente</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_waitlist.py" line="105"/>
        <source>Waitlist topic</source>
        <translation>Thème de la liste d&apos;attente</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_waitlist.py" line="106"/>
        <location filename="../../catchdesk/ui/coaching_waitlist.py" line="164"/>
        <source>All topics</source>
        <translation>Tous les thèmes</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_waitlist.py" line="114"/>
        <source>Double-click to book this person by hand</source>
        <translation>Double-cliquez pour réserver vous-même pour cette personne</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_waitlist.py" line="116"/>
        <source>Take off the waitlist</source>
        <translation>Retirer de la liste d&apos;attente</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_waitlist.py" line="119"/>
        <source>Freed slots given to people waiting</source>
        <translation>Créneaux libérés réattribués</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_waitlist.py" line="126"/>
        <source>To rebook: their slot went to another desk&apos;s booking</source>
        <translation>À replacer : leur créneau est allé à une réservation d&apos;un autre poste</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_waitlist.py" line="131"/>
        <source>Double-click to book this person again</source>
        <translation>Double-cliquez pour réserver à nouveau pour cette personne</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_waitlist.py" line="206"/>
        <source>Waitlist (%1)</source>
        <translation>Liste d&apos;attente (%1)</translation>
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
    <name>Welcome</name>
    <message>
        <location filename="../../catchdesk/ui/welcome.py" line="285"/>
        <source>Create an event</source>
        <translation>Créer un événement</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/welcome.py" line="286"/>
        <source>A name, a date and a venue: the event&apos;s keys are created with it.</source>
        <translation>Un nom, une date et un lieu : les clés de l&apos;événement sont créées avec lui.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/welcome.py" line="294"/>
        <source>Open the demo event</source>
        <translation>Ouvrir l&apos;événement de démonstration</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/welcome.py" line="295"/>
        <source>900 fictitious participants, workshops and coaches, to try everything safely.</source>
        <translation>900 participants fictifs, des ateliers et des coachs, pour tout essayer sans risque.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/welcome.py" line="304"/>
        <source>Import a registration export</source>
        <translation>Importer un export d&apos;inscriptions</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/welcome.py" line="305"/>
        <source>Create the event, then import the CSV or Excel file of your ticketing platform.</source>
        <translation>Créez l&apos;événement, puis importez le fichier CSV ou Excel de votre billetterie.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/welcome.py" line="314"/>
        <source>Join an event from another machine</source>
        <translation>Rejoindre un événement depuis un autre ordinateur</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/welcome.py" line="315"/>
        <source>From the event&apos;s hub or a join bundle, with the passphrase the organiser chose.</source>
        <translation>Depuis le serveur central de l&apos;événement ou un fichier d&apos;échange, avec la phrase secrète choisie par l&apos;organisation.</translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <location filename="../../catchdesk/ui/welcome.py" line="84"/>
        <location filename="../../catchdesk/ui/welcome.py" line="120"/>
        <source>Welcome to %1</source>
        <translation>Bienvenue dans %1</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/welcome.py" line="102"/>
        <source>Data folder: {place}</source>
        <translation>Données : {place}</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/welcome.py" line="126"/>
        <source>No event is prepared on this computer yet. How would you like to start?</source>
        <translation>Aucun événement n&apos;est encore préparé sur cet ordinateur. Par quoi voulez-vous commencer ?</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/welcome.py" line="211"/>
        <source>Preparing the demo event: 900 people, workshops, coaches…</source>
        <translation>Préparation de l&apos;événement de démonstration : 900 personnes, des ateliers, des coachs…</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/welcome.py" line="233"/>
        <source>The demo event could not be prepared. {reason}</source>
        <translation>L&apos;événement de démonstration n&apos;a pas pu être préparé. {reason}</translation>
    </message>
</context>
<context>
    <name>WorkshopDialog</name>
    <message>
        <location filename="../../catchdesk/ui/event_setup_workshops.py" line="179"/>
        <source>No limit</source>
        <translation>Sans limite</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_workshops.py" line="180"/>
        <source>Only people enrolled beforehand are admitted</source>
        <translation>Seules les personnes inscrites à l&apos;avance sont admises</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_workshops.py" line="187"/>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_workshops.py" line="191"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_workshops.py" line="192"/>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_workshops.py" line="193"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_workshops.py" line="196"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_workshops.py" line="197"/>
        <source>Seats</source>
        <translation>Places</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_workshops.py" line="199"/>
        <source>Topic</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_workshops.py" line="200"/>
        <source>Speaker</source>
        <translation>Orateur·rice</translation>
    </message>
</context>
<context>
    <name>WorkshopTable</name>
    <message>
        <location filename="../../catchdesk/ui/statistics_widgets.py" line="118"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/statistics_widgets.py" line="118"/>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/statistics_widgets.py" line="118"/>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/statistics_widgets.py" line="118"/>
        <source>Attended / capacity</source>
        <translation>Présent·es / capacité</translation>
    </message>
</context>
<context>
    <name>WorkshopTableModel</name>
    <message>
        <location filename="../../catchdesk/ui/event_setup_workshops.py" line="101"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_workshops.py" line="102"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_workshops.py" line="103"/>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_workshops.py" line="104"/>
        <source>Seats</source>
        <translation>Places</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_workshops.py" line="105"/>
        <source>Inside</source>
        <translation>Dans la salle</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_workshops.py" line="106"/>
        <source>Enrolled</source>
        <translation>Inscrit·es</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_workshops.py" line="107"/>
        <source>Enrolment</source>
        <translation>Inscription</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_workshops.py" line="108"/>
        <source>Speaker</source>
        <translation>Orateur·rice</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_workshops.py" line="140"/>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_workshops.py" line="140"/>
        <source>Open</source>
        <translation>Libre</translation>
    </message>
</context>
<context>
    <name>WorkshopsTab</name>
    <message>
        <location filename="../../catchdesk/ui/event_setup_workshops.py" line="275"/>
        <source>Add workshop…</source>
        <translation>Ajouter un atelier…</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_workshops.py" line="276"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_workshops.py" line="277"/>
        <source>Duplicate…</source>
        <translation>Dupliquer…</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_workshops.py" line="278"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_workshops.py" line="305"/>
        <source>{count} workshops; {seats} seats in all.</source>
        <translation>{count} ateliers ; {seats} places en tout.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_workshops.py" line="355"/>
        <source>New workshop</source>
        <translation>Nouvel atelier</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_workshops.py" line="362"/>
        <source>Edit workshop</source>
        <translation>Modifier l&apos;atelier</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_workshops.py" line="379"/>
        <source>Duplicate workshop</source>
        <translation>Dupliquer l&apos;atelier</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_workshops.py" line="395"/>
        <source>Delete workshop</source>
        <translation>Supprimer l&apos;atelier</translation>
    </message>
</context>
<context>
    <name>run_gui</name>
    <message>
        <location filename="../../catchdesk/app.py" line="120"/>
        <source>The store cannot be opened.</source>
        <translation>Impossible d&apos;ouvrir les données.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/app.py" line="148"/>
        <source>The desk screen is missing.</source>
        <translation>L&apos;écran d&apos;accueil manque.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/app.py" line="149"/>
        <source>The scan field cannot take the focus: the desk screen did not load.</source>
        <translation>Le champ de scan ne peut pas recevoir le focus : l&apos;écran d&apos;accueil ne s&apos;est pas chargé.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/app.py" line="238"/>
        <source>This event is not in the store.</source>
        <translation>Cet événement n&apos;est pas dans les données.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/app.py" line="252"/>
        <source>There is no event yet.</source>
        <translation>Il n&apos;y a pas encore d&apos;événement.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/app.py" line="253"/>
        <source>This store has no event yet. To try CatchDesk, run “catchdesk demo” in a terminal; to prepare your own event, run “catchdesk event new --name NAME --date YYYY-MM-DD”.</source>
        <translation>Ces données ne contiennent pas encore d&apos;événement. Pour essayer CatchDesk, lancez « catchdesk demo » dans un terminal ; pour préparer votre propre événement, lancez « catchdesk event new --name NOM --date AAAA-MM-JJ ».</translation>
    </message>
    <message>
        <location filename="../../catchdesk/app.py" line="264"/>
        <source>Several events match.</source>
        <translation>Plusieurs événements correspondent.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/app.py" line="275"/>
        <source>Choose the event</source>
        <translation>Choisir l&apos;événement</translation>
    </message>
    <message>
        <location filename="../../catchdesk/app.py" line="276"/>
        <source>This store holds several events. Which one does this desk work on?</source>
        <translation>Ces données contiennent plusieurs événements. Sur lequel ce poste travaille-t-il ?</translation>
    </message>
</context>
</TS>
