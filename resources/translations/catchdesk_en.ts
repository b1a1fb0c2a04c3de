<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AttendeeDialog</name>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="40"/>
        <source>Checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="41"/>
        <source>Check-in undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="42"/>
        <source>Workshop door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="43"/>
        <source>Badge printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="44"/>
        <source>Coaching booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="45"/>
        <source>Certificate issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="87"/>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="88"/>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="89"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="90"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="91"/>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="92"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="93"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="97"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="97"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="97"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="97"/>
        <source>Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="107"/>
        <source>Save corrections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="110"/>
        <source>Reprint badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="122"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="134"/>
        <source>This person is no longer in the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="137"/>
        <source>Attendee: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="140"/>
        <source>Ticket code: {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="178"/>
        <source>Corrections saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="187"/>
        <source>Badge not printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="190"/>
        <source>Badge sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CapacityBar</name>
    <message>
        <location filename="../../catchdesk/ui/door_widgets.py" line="50"/>
        <source>No workshop chosen</source>
        <extracomment>Share of the capacity from which the bar turns amber: the door should start warning people.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/door_widgets.py" line="55"/>
        <source>%1 inside — no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/door_widgets.py" line="59"/>
        <source>%1 / %2 inside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/door_widgets.py" line="63"/>
        <source>%1 — full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/door_widgets.py" line="66"/>
        <source>%1 — nearly full</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskScreen</name>
    <message>
        <location filename="../../catchdesk/ui/desk.py" line="118"/>
        <source>Scan a ticket (or type its code and Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/desk.py" line="122"/>
        <source>Ticket code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/desk.py" line="126"/>
        <source>Search a name, organisation or e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/desk.py" line="128"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/desk.py" line="154"/>
        <source>Undo last check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/desk.py" line="159"/>
        <source>Undo last check-in (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/desk.py" line="163"/>
        <source>Register a walk-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/desk.py" line="168"/>
        <source>Walk-in: register and check in (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/desk.py" line="172"/>
        <source>Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/desk.py" line="186"/>
        <source>Find a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/desk.py" line="189"/>
        <source>Last scans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/desk.py" line="209"/>
        <source>Sounds are muted (see Settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/desk.py" line="211"/>
        <source>Sounds are off: Qt Multimedia is not available on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/desk.py" line="379"/>
        <source>Undo the last check-in?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/desk.py" line="381"/>
        <source>Undo the last check-in made at {desk}? The person will count as not arrived until they are checked in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/desk.py" line="397"/>
        <source>Nothing to undo at this desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/desk.py" line="400"/>
        <source>Check-in of {name} undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/desk.py" line="402"/>
        <source>Undone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DoorScreen</name>
    <message>
        <location filename="../../catchdesk/ui/door.py" line="109"/>
        <source>&amp;Workshop</source>
        <extracomment>Other doors and desks admit people too: the bar is re-read this often.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/door.py" line="111"/>
        <source>&amp;Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/door.py" line="114"/>
        <source>Scan tickets with this computer&apos;s camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/door.py" line="118"/>
        <source>Scan a ticket or type its code, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/door.py" line="119"/>
        <source>Ticket code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/door.py" line="223"/>
        <source>This event has no workshops yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../catchdesk/ui/main_window.py" line="68"/>
        <source>Front desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/main_window.py" line="75"/>
        <source>Workshop door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/main_window.py" line="239"/>
        <source>This screen could not be opened; the log says why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/main_window.py" line="279"/>
        <source>&amp;Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/main_window.py" line="280"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/main_window.py" line="286"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/main_window.py" line="292"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/main_window.py" line="293"/>
        <source>&amp;Full screen (kiosk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/main_window.py" line="337"/>
        <source>Where this desk&apos;s data is stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/main_window.py" line="367"/>
        <source>Counts unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/main_window.py" line="373"/>
        <source>%1 checked in / %2 registered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../catchdesk/ui/search_model.py" line="33"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/search_model.py" line="34"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/search_model.py" line="35"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/search_model.py" line="36"/>
        <source>Checked in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="39"/>
        <source>A4 sheet, 8 badges (90 × 60 mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="40"/>
        <source>62 mm label roll, one badge per label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="81"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="97"/>
        <source>Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="101"/>
        <source>Name of this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="102"/>
        <source>Desk &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="106"/>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="111"/>
        <source>The new language applies the next time CatchDesk starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="117"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="120"/>
        <source>Play a sound for each verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="123"/>
        <source>Sounds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="127"/>
        <source>Scanner and camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="134"/>
        <source>Keys closer together than this come from a scanner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="135"/>
        <source>Scanner key &amp;gap:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="142"/>
        <source>A scan without Enter is accepted after this pause with no key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="144"/>
        <source>Scan &amp;without Enter after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="152"/>
        <source>First camera found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="156"/>
        <source>Camera scanning is off: Qt Multimedia is not available on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="162"/>
        <source>No camera found on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="163"/>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="177"/>
        <source>%1 (not connected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="165"/>
        <source>&amp;Camera:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="170"/>
        <source>Badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="174"/>
        <source>Ask each time (print dialog)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="178"/>
        <source>&amp;Printer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="189"/>
        <source>Badge &amp;layout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="191"/>
        <source>Print the badge at every first check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="194"/>
        <source>Automatic:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerdictPanel</name>
    <message>
        <location filename="../../catchdesk/ui/verdict_panel.py" line="39"/>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/verdict_panel.py" line="40"/>
        <source>Already checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/verdict_panel.py" line="41"/>
        <source>Unknown code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/verdict_panel.py" line="42"/>
        <source>Invalid code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/verdict_panel.py" line="43"/>
        <source>Other event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/verdict_panel.py" line="44"/>
        <source>Registration cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/verdict_panel.py" line="45"/>
        <source>Not enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/verdict_panel.py" line="46"/>
        <source>Room full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/verdict_panel.py" line="49"/>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/verdict_panel.py" line="50"/>
        <source>Coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/verdict_panel.py" line="51"/>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/verdict_panel.py" line="52"/>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/verdict_panel.py" line="53"/>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/verdict_panel.py" line="191"/>
        <source>First check-in at {time}, desk {desk}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/verdict_panel.py" line="205"/>
        <source>Coaching {time} with {coach}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/verdict_panel.py" line="216"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/verdict_panel.py" line="217"/>
        <source>Scan a ticket or search a name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <location filename="../../catchdesk/ui/walk_in_dialog.py" line="49"/>
        <source>Walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/walk_in_dialog.py" line="69"/>
        <source>Agrees to be contacted after the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/walk_in_dialog.py" line="72"/>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/walk_in_dialog.py" line="73"/>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/walk_in_dialog.py" line="74"/>
        <source>E-mail (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/walk_in_dialog.py" line="75"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/walk_in_dialog.py" line="76"/>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/walk_in_dialog.py" line="88"/>
        <source>Register, check in and print badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/walk_in_dialog.py" line="92"/>
        <source>Register and check in, without badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/walk_in_dialog.py" line="118"/>
        <source>A name is required: type at least a first or a last name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/walk_in_dialog.py" line="123"/>
        <source>This does not look like an e-mail address: {email}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/walk_in_dialog.py" line="146"/>
        <source>{name} is already registered with {email}. Check them in instead of registering them twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/walk_in_dialog.py" line="150"/>
        <source>Check in {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WebcamPanel</name>
    <message>
        <location filename="../../catchdesk/ui/webcam.py" line="80"/>
        <source>Camera</source>
        <extracomment>The preview is repainted at most this often; decoding is paced by the decoder itself.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/webcam.py" line="201"/>
        <source>Camera scanning is off: Qt Multimedia is not available on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/webcam.py" line="218"/>
        <source>No camera found. Plug one in, or scan with the scanner or the keyboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/webcam.py" line="221"/>
        <source>Camera scanning is off: the barcode reader is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/webcam.py" line="272"/>
        <source>The camera stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>run_gui</name>
    <message>
        <location filename="../../catchdesk/app.py" line="110"/>
        <source>The store cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/app.py" line="137"/>
        <source>The desk screen is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/app.py" line="138"/>
        <source>The scan field cannot take the focus: the desk screen did not load.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/app.py" line="199"/>
        <source>This event is not in the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/app.py" line="205"/>
        <source>There is no event yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/app.py" line="206"/>
        <source>This store has no event yet. To try CatchDesk, run “catchdesk demo” in a terminal; to prepare your own event, run “catchdesk event new --name NAME --date YYYY-MM-DD”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/app.py" line="217"/>
        <source>Several events match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/app.py" line="224"/>
        <source>Choose the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/app.py" line="225"/>
        <source>This store holds several events. Which one does this desk work on?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
