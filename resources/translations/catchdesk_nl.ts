<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>AttendeeDialog</name>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="40"/>
        <source>Checked in</source>
        <translation>Ingecheckt</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="41"/>
        <source>Check-in undone</source>
        <translation>Check-in ongedaan gemaakt</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="42"/>
        <source>Workshop door</source>
        <translation>Workshopdeur</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="43"/>
        <source>Badge printed</source>
        <translation>Badge afgedrukt</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="44"/>
        <source>Coaching booking</source>
        <translation>Coachingreservatie</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="45"/>
        <source>Certificate issued</source>
        <translation>Attest uitgereikt</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="87"/>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="88"/>
        <source>Last name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="89"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="90"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="91"/>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="92"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="93"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="97"/>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="97"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="97"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="97"/>
        <source>Desk</source>
        <translation>Balie</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="107"/>
        <source>Save corrections</source>
        <translation>Correcties bewaren</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="110"/>
        <source>Reprint badge</source>
        <translation>Badge opnieuw afdrukken</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="122"/>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="134"/>
        <source>This person is no longer in the store.</source>
        <translation>Deze persoon staat niet meer in de gegevens.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="137"/>
        <source>Attendee: {name}</source>
        <translation>Deelnemer: {name}</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="140"/>
        <source>Ticket code: {code}</source>
        <translation>Ticketcode: {code}</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="178"/>
        <source>Corrections saved.</source>
        <translation>Correcties bewaard.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="187"/>
        <source>Badge not printed</source>
        <translation>Badge niet afgedrukt</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="190"/>
        <source>Badge sent to the printer.</source>
        <translation>Badge naar de printer gestuurd.</translation>
    </message>
</context>
<context>
    <name>CapacityBar</name>
    <message>
        <location filename="../../catchdesk/ui/door_widgets.py" line="50"/>
        <source>No workshop chosen</source>
        <extracomment>Share of the capacity from which the bar turns amber: the door should start warning people.</extracomment>
        <translation>Geen workshop gekozen</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/door_widgets.py" line="55"/>
        <source>%1 inside — no limit</source>
        <translation>%1 binnen — geen limiet</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/door_widgets.py" line="59"/>
        <source>%1 / %2 inside</source>
        <translation>%1 / %2 binnen</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/door_widgets.py" line="63"/>
        <source>%1 — full</source>
        <translation>%1 — vol</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/door_widgets.py" line="66"/>
        <source>%1 — nearly full</source>
        <translation>%1 — bijna vol</translation>
    </message>
</context>
<context>
    <name>DeskScreen</name>
    <message>
        <location filename="../../catchdesk/ui/desk.py" line="118"/>
        <source>Scan a ticket (or type its code and Enter)</source>
        <translation>Scan een ticket (of typ de code en Enter)</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/desk.py" line="122"/>
        <source>Ticket code</source>
        <translation>Ticketcode</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/desk.py" line="126"/>
        <source>Search a name, organisation or e-mail</source>
        <translation>Zoek een naam, organisatie of e-mailadres</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/desk.py" line="128"/>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/desk.py" line="154"/>
        <source>Undo last check-in</source>
        <translation>Laatste check-in ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/desk.py" line="159"/>
        <source>Undo last check-in (Ctrl+Z)</source>
        <translation>Laatste check-in ongedaan maken (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/desk.py" line="163"/>
        <source>Register a walk-in…</source>
        <translation>Iemand ter plaatse inschrijven…</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/desk.py" line="168"/>
        <source>Walk-in: register and check in (Ctrl+N)</source>
        <translation>Ter plaatse: inschrijven en inchecken (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/desk.py" line="172"/>
        <source>Details…</source>
        <translation>Details…</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/desk.py" line="186"/>
        <source>Find a person</source>
        <translation>Iemand zoeken</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/desk.py" line="189"/>
        <source>Last scans</source>
        <translation>Laatste scans</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/desk.py" line="209"/>
        <source>Sounds are muted (see Settings).</source>
        <translation>Geluid staat uit (zie Instellingen).</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/desk.py" line="211"/>
        <source>Sounds are off: Qt Multimedia is not available on this computer.</source>
        <translation>Geluid staat uit: Qt Multimedia is niet beschikbaar op deze computer.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/desk.py" line="379"/>
        <source>Undo the last check-in?</source>
        <translation>Laatste check-in ongedaan maken?</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/desk.py" line="381"/>
        <source>Undo the last check-in made at {desk}? The person will count as not arrived until they are checked in again.</source>
        <translation>De laatste check-in aan {desk} ongedaan maken? De persoon telt als niet aangekomen tot ze opnieuw wordt ingecheckt.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/desk.py" line="397"/>
        <source>Nothing to undo at this desk.</source>
        <translation>Niets ongedaan te maken aan deze balie.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/desk.py" line="400"/>
        <source>Check-in of {name} undone.</source>
        <translation>Check-in van {name} ongedaan gemaakt.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/desk.py" line="402"/>
        <source>Undone</source>
        <translation>Ongedaan gemaakt</translation>
    </message>
</context>
<context>
    <name>DoorScreen</name>
    <message>
        <location filename="../../catchdesk/ui/door.py" line="109"/>
        <source>&amp;Workshop</source>
        <extracomment>Other doors and desks admit people too: the bar is re-read this often.</extracomment>
        <translation>&amp;Workshop</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/door.py" line="111"/>
        <source>&amp;Camera</source>
        <translation>&amp;Camera</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/door.py" line="114"/>
        <source>Scan tickets with this computer&apos;s camera</source>
        <translation>Tickets scannen met de camera van deze computer</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/door.py" line="118"/>
        <source>Scan a ticket or type its code, then Enter</source>
        <translation>Scan een ticket of typ de code, dan Enter</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/door.py" line="119"/>
        <source>Ticket code</source>
        <translation>Ticketcode</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/door.py" line="223"/>
        <source>This event has no workshops yet.</source>
        <translation>Dit evenement heeft nog geen workshops.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../catchdesk/ui/main_window.py" line="68"/>
        <source>Front desk</source>
        <translation>Onthaal</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/main_window.py" line="75"/>
        <source>Workshop door</source>
        <translation>Workshopdeur</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/main_window.py" line="239"/>
        <source>This screen could not be opened; the log says why.</source>
        <translation>Dit scherm kon niet geopend worden; het logboek zegt waarom.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/main_window.py" line="279"/>
        <source>&amp;Desk</source>
        <translation>&amp;Balie</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/main_window.py" line="280"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/main_window.py" line="286"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/main_window.py" line="292"/>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/main_window.py" line="293"/>
        <source>&amp;Full screen (kiosk)</source>
        <translation>&amp;Volledig scherm (kiosk)</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/main_window.py" line="337"/>
        <source>Where this desk&apos;s data is stored</source>
        <translation>Waar de gegevens van deze balie bewaard worden</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/main_window.py" line="367"/>
        <source>Counts unavailable</source>
        <translation>Tellingen niet beschikbaar</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/main_window.py" line="373"/>
        <source>%1 checked in / %2 registered</source>
        <translation>%1 ingecheckt / %2 ingeschreven</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../catchdesk/ui/search_model.py" line="33"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/search_model.py" line="34"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/search_model.py" line="35"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/search_model.py" line="36"/>
        <source>Checked in</source>
        <translation>Ingecheckt</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="39"/>
        <source>A4 sheet, 8 badges (90 × 60 mm)</source>
        <translation>A4-blad, 8 badges (90 × 60 mm)</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="40"/>
        <source>62 mm label roll, one badge per label</source>
        <translation>Etiketrol 62 mm, één badge per etiket</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="81"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="97"/>
        <source>Desk</source>
        <translation>Balie</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="101"/>
        <source>Name of this computer</source>
        <translation>Naam van deze computer</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="102"/>
        <source>Desk &amp;name:</source>
        <translation>&amp;Naam van de balie:</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="106"/>
        <source>System language</source>
        <translation>Systeemtaal</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="111"/>
        <source>The new language applies the next time CatchDesk starts.</source>
        <translation>De nieuwe taal geldt vanaf de volgende start van CatchDesk.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="117"/>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="120"/>
        <source>Play a sound for each verdict</source>
        <translation>Een geluid spelen bij elk resultaat</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="123"/>
        <source>Sounds:</source>
        <translation>Geluid:</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="127"/>
        <source>Scanner and camera</source>
        <translation>Scanner en camera</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="134"/>
        <source>Keys closer together than this come from a scanner.</source>
        <translation>Toetsen die sneller na elkaar komen, komen van een scanner.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="135"/>
        <source>Scanner key &amp;gap:</source>
        <translation>&amp;Tijd tussen scannertoetsen:</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="142"/>
        <source>A scan without Enter is accepted after this pause with no key.</source>
        <translation>Een scan zonder Enter wordt aanvaard na deze pauze zonder toets.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="144"/>
        <source>Scan &amp;without Enter after:</source>
        <translation>Scan &amp;zonder Enter na:</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="152"/>
        <source>First camera found</source>
        <translation>Eerste gevonden camera</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="156"/>
        <source>Camera scanning is off: Qt Multimedia is not available on this computer.</source>
        <translation>Scannen met de camera staat uit: Qt Multimedia is niet beschikbaar op deze computer.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="162"/>
        <source>No camera found on this computer.</source>
        <translation>Geen camera gevonden op deze computer.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="163"/>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="177"/>
        <source>%1 (not connected)</source>
        <translation>%1 (niet verbonden)</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="165"/>
        <source>&amp;Camera:</source>
        <translation>&amp;Camera:</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="170"/>
        <source>Badges</source>
        <translation>Badges</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="174"/>
        <source>Ask each time (print dialog)</source>
        <translation>Telkens vragen (afdrukvenster)</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="178"/>
        <source>&amp;Printer:</source>
        <translation>&amp;Printer:</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="189"/>
        <source>Badge &amp;layout:</source>
        <translation>&amp;Opmaak van de badges:</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="191"/>
        <source>Print the badge at every first check-in</source>
        <translation>De badge afdrukken bij elke eerste check-in</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="194"/>
        <source>Automatic:</source>
        <translation>Automatisch:</translation>
    </message>
</context>
<context>
    <name>VerdictPanel</name>
    <message>
        <location filename="../../catchdesk/ui/verdict_panel.py" line="39"/>
        <source>Welcome</source>
        <translation>Welkom</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/verdict_panel.py" line="40"/>
        <source>Already checked in</source>
        <translation>Al ingecheckt</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/verdict_panel.py" line="41"/>
        <source>Unknown code</source>
        <translation>Onbekende code</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/verdict_panel.py" line="42"/>
        <source>Invalid code</source>
        <translation>Ongeldige code</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/verdict_panel.py" line="43"/>
        <source>Other event</source>
        <translation>Ander evenement</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/verdict_panel.py" line="44"/>
        <source>Registration cancelled</source>
        <translation>Inschrijving geannuleerd</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/verdict_panel.py" line="45"/>
        <source>Not enrolled</source>
        <translation>Niet ingeschreven</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/verdict_panel.py" line="46"/>
        <source>Room full</source>
        <translation>Zaal vol</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/verdict_panel.py" line="49"/>
        <source>Participant</source>
        <translation>Deelnemer</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/verdict_panel.py" line="50"/>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/verdict_panel.py" line="51"/>
        <source>Staff</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/verdict_panel.py" line="52"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/verdict_panel.py" line="53"/>
        <source>Speaker</source>
        <translation>Spreker</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/verdict_panel.py" line="191"/>
        <source>First check-in at {time}, desk {desk}</source>
        <translation>Eerste check-in om {time}, balie {desk}</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/verdict_panel.py" line="205"/>
        <source>Coaching {time} with {coach}</source>
        <translation>Coaching om {time} met {coach}</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/verdict_panel.py" line="216"/>
        <source>Ready</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/verdict_panel.py" line="217"/>
        <source>Scan a ticket or search a name</source>
        <translation>Scan een ticket of zoek een naam</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <location filename="../../catchdesk/ui/walk_in_dialog.py" line="49"/>
        <source>Walk-in</source>
        <translation>Inschrijving ter plaatse</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/walk_in_dialog.py" line="69"/>
        <source>Agrees to be contacted after the event</source>
        <translation>Gaat akkoord om na het evenement gecontacteerd te worden</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/walk_in_dialog.py" line="72"/>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/walk_in_dialog.py" line="73"/>
        <source>Last name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/walk_in_dialog.py" line="74"/>
        <source>E-mail (optional)</source>
        <translation>E-mail (optioneel)</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/walk_in_dialog.py" line="75"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/walk_in_dialog.py" line="76"/>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/walk_in_dialog.py" line="88"/>
        <source>Register, check in and print badge</source>
        <translation>Inschrijven, inchecken en badge afdrukken</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/walk_in_dialog.py" line="92"/>
        <source>Register and check in, without badge</source>
        <translation>Inschrijven en inchecken, zonder badge</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/walk_in_dialog.py" line="118"/>
        <source>A name is required: type at least a first or a last name.</source>
        <translation>Een naam is nodig: typ minstens een voornaam of een achternaam.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/walk_in_dialog.py" line="123"/>
        <source>This does not look like an e-mail address: {email}</source>
        <translation>Dit lijkt geen e-mailadres: {email}</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/walk_in_dialog.py" line="146"/>
        <source>{name} is already registered with {email}. Check them in instead of registering them twice.</source>
        <translation>{name} is al ingeschreven met {email}. Check deze persoon in in plaats van ze twee keer in te schrijven.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/walk_in_dialog.py" line="150"/>
        <source>Check in {name}</source>
        <translation>{name} inchecken</translation>
    </message>
</context>
<context>
    <name>WebcamPanel</name>
    <message>
        <location filename="../../catchdesk/ui/webcam.py" line="80"/>
        <source>Camera</source>
        <extracomment>The preview is repainted at most this often; decoding is paced by the decoder itself.</extracomment>
        <translation>Camera</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/webcam.py" line="201"/>
        <source>Camera scanning is off: Qt Multimedia is not available on this computer.</source>
        <translation>Scannen met de camera staat uit: Qt Multimedia is niet beschikbaar op deze computer.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/webcam.py" line="218"/>
        <source>No camera found. Plug one in, or scan with the scanner or the keyboard.</source>
        <translation>Geen camera gevonden. Sluit er een aan, of scan met de scanner of het toetsenbord.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/webcam.py" line="221"/>
        <source>Camera scanning is off: the barcode reader is missing.</source>
        <translation>Scannen met de camera staat uit: de barcodelezer ontbreekt.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/webcam.py" line="272"/>
        <source>The camera stopped: %1</source>
        <translation>De camera is gestopt: %1</translation>
    </message>
</context>
<context>
    <name>run_gui</name>
    <message>
        <location filename="../../catchdesk/app.py" line="110"/>
        <source>The store cannot be opened.</source>
        <translation>De gegevens kunnen niet geopend worden.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/app.py" line="137"/>
        <source>The desk screen is missing.</source>
        <translation>Het onthaalscherm ontbreekt.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/app.py" line="138"/>
        <source>The scan field cannot take the focus: the desk screen did not load.</source>
        <translation>Het scanveld kan de focus niet krijgen: het onthaalscherm is niet geladen.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/app.py" line="199"/>
        <source>This event is not in the store.</source>
        <translation>Dit evenement staat niet in de gegevens.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/app.py" line="205"/>
        <source>There is no event yet.</source>
        <translation>Er is nog geen evenement.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/app.py" line="206"/>
        <source>This store has no event yet. To try CatchDesk, run “catchdesk demo” in a terminal; to prepare your own event, run “catchdesk event new --name NAME --date YYYY-MM-DD”.</source>
        <translation>Deze gegevens bevatten nog geen evenement. Om CatchDesk uit te proberen, voer “catchdesk demo” uit in een terminal; om uw eigen evenement voor te bereiden, voer “catchdesk event new --name NAAM --date JJJJ-MM-DD” uit.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/app.py" line="217"/>
        <source>Several events match.</source>
        <translation>Meerdere evenementen komen overeen.</translation>
    </message>
    <message>
        <location filename="../../catchdesk/app.py" line="224"/>
        <source>Choose the event</source>
        <translation>Kies het evenement</translation>
    </message>
    <message>
        <location filename="../../catchdesk/app.py" line="225"/>
        <source>This store holds several events. Which one does this desk work on?</source>
        <translation>Deze gegevens bevatten meerdere evenementen. Met welk werkt deze balie?</translation>
    </message>
</context>
</TS>
