<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AttendeeDialog</name>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="41"/>
        <source>Checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="42"/>
        <source>Check-in undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="43"/>
        <source>Workshop door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="44"/>
        <source>Badge printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="45"/>
        <source>Coaching booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="46"/>
        <source>Certificate issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="52"/>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="53"/>
        <source>Coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="54"/>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="55"/>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="56"/>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="109"/>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="110"/>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="111"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="112"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="113"/>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="114"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="115"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="119"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="119"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="119"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="119"/>
        <source>Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="129"/>
        <source>Save corrections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="132"/>
        <source>Reprint badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="144"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="156"/>
        <source>This person is no longer in the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="159"/>
        <source>Attendee: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="162"/>
        <source>Ticket code: {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="200"/>
        <source>Corrections saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="209"/>
        <source>Badge not printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_dialog.py" line="212"/>
        <source>Badge sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendeeListScreen</name>
    <message>
        <location filename="../../catchdesk/ui/attendee_list.py" line="50"/>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_list.py" line="51"/>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_list.py" line="52"/>
        <source>Checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_list.py" line="53"/>
        <source>Not arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_list.py" line="54"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_list.py" line="55"/>
        <source>Merged duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_list.py" line="58"/>
        <source>attended or enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_list.py" line="59"/>
        <source>attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_list.py" line="60"/>
        <source>enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_list.py" line="94"/>
        <source>Search a name, organisation or e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_list.py" line="152"/>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_list.py" line="153"/>
        <source>Merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_list.py" line="154"/>
        <source>Select the two records of one person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_list.py" line="155"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_list.py" line="179"/>
        <source>All workshops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_list.py" line="193"/>
        <source>All sectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_list.py" line="196"/>
        <source>Sector not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_list.py" line="209"/>
        <source>Loading the attendees…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_list.py" line="243"/>
        <source>People shown: {shown} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_list.py" line="282"/>
        <source>Merge two records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_list.py" line="305"/>
        <source>Merged into {name}. Moved: check-ins {checkins}, bookings {bookings}, enrolments {enrolments}, badge prints {prints}, codes {codes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_list.py" line="317"/>
        <source>Both had a certificate: {name} keeps their own; the other stays with the merged record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_list.py" line="321"/>
        <source>The certificate now belongs to {name}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendeeTableModel</name>
    <message>
        <location filename="../../catchdesk/ui/attendee_list_model.py" line="56"/>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_list_model.py" line="57"/>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_list_model.py" line="58"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_list_model.py" line="59"/>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_list_model.py" line="60"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_list_model.py" line="61"/>
        <source>Arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_list_model.py" line="62"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_list_model.py" line="63"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_list_model.py" line="64"/>
        <source>Ticket code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_list_model.py" line="67"/>
        <source>Checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_list_model.py" line="68"/>
        <source>Not arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_list_model.py" line="69"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_list_model.py" line="70"/>
        <source>Merged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BadgePrinting</name>
    <message>
        <location filename="../../catchdesk/ui/badge_printing.py" line="66"/>
        <location filename="../../catchdesk/ui/badge_printing.py" line="142"/>
        <source>The event of this desk is no longer in the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/badge_printing.py" line="75"/>
        <source>This person is no longer in the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/badge_printing.py" line="90"/>
        <source>Print badge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BadgesTab</name>
    <message>
        <location filename="../../catchdesk/ui/documents_badges.py" line="49"/>
        <source>A4 sheet, 8 badges of 90 × 60 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_badges.py" line="50"/>
        <source>62 mm label roll, one badge per label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_badges.py" line="88"/>
        <source>The event is no longer in the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_badges.py" line="133"/>
        <source>Whose badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_badges.py" line="143"/>
        <source>Layout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_badges.py" line="145"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_badges.py" line="146"/>
        <source>Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_badges.py" line="147"/>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_badges.py" line="157"/>
        <source>Choose whose badges and a layout, then press Preview to see the sheets here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_badges.py" line="174"/>
        <source>Everyone (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_badges.py" line="176"/>
        <source>Only those never printed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_badges.py" line="197"/>
        <source>The choice changed: press Preview to see the new sheets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_badges.py" line="222"/>
        <source>Save the badges as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_badges.py" line="222"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_badges.py" line="237"/>
        <source>Nobody is ticked: tick the people whose badges you want, or choose everyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_badges.py" line="257"/>
        <source>Drawing badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_badges.py" line="258"/>
        <source>Drawing the badges…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_badges.py" line="259"/>
        <source>Stopped: no badge was printed or saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_badges.py" line="270"/>
        <source>No badge to print: every badge was printed already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_badges.py" line="272"/>
        <source>No badge to print: nobody matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_badges.py" line="277"/>
        <source>%1 badges on %2 pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_badges.py" line="288"/>
        <source>%1 badges ready. Print them, or save the PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_badges.py" line="306"/>
        <source>Printing badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_badges.py" line="307"/>
        <source>Sending the badges to the printer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_badges.py" line="309"/>
        <source>Printing was stopped; pages already sent may still come out. These badges do not count as printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_badges.py" line="318"/>
        <source>%1 badges sent to %2; they now count as printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_badges.py" line="334"/>
        <source>The PDF could not be written to %1 (%2); choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_badges.py" line="342"/>
        <source>Saving badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_badges.py" line="343"/>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_badges.py" line="351"/>
        <source>%1 badges saved to %2; they now count as printed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BookingPanel</name>
    <message>
        <location filename="../../catchdesk/ui/coaching_booking.py" line="82"/>
        <source>Scan a ticket to book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_booking.py" line="83"/>
        <source>Ticket code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_booking.py" line="89"/>
        <source>…or search a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_booking.py" line="90"/>
        <source>Search a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_booking.py" line="102"/>
        <location filename="../../catchdesk/ui/coaching_booking.py" line="203"/>
        <source>Nobody chosen yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_booking.py" line="109"/>
        <location filename="../../catchdesk/ui/coaching_booking.py" line="205"/>
        <source>Scan a ticket or search a name, then choose a topic and press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_booking.py" line="116"/>
        <location filename="../../catchdesk/ui/coaching_booking.py" line="117"/>
        <source>Forget this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_booking.py" line="130"/>
        <source>Any topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_booking.py" line="131"/>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_booking.py" line="138"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_booking.py" line="139"/>
        <source>Next free slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_booking.py" line="141"/>
        <source>Book the earliest free slot for this topic and language (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_booking.py" line="145"/>
        <source>Waitlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_booking.py" line="146"/>
        <source>Put this person on the waitlist for the topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_booking.py" line="150"/>
        <source>&amp;Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_booking.py" line="152"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_booking.py" line="182"/>
        <source>Any language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_booking.py" line="211"/>
        <source>Booked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_booking.py" line="213"/>
        <source>No coaching booked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_booking.py" line="215"/>
        <source>Waiting for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_booking.py" line="275"/>
        <source>Nobody matches</source>
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
    <name>CertificatesTab</name>
    <message>
        <location filename="../../catchdesk/ui/documents_certificates.py" line="90"/>
        <source>Who gets a certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_certificates.py" line="93"/>
        <source>Folder (one PDF per person)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_certificates.py" line="96"/>
        <source>Writing again continues where it stopped: certificates already in the folder are kept, those that changed since are written again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_certificates.py" line="102"/>
        <source>The folder does not exist yet: write the certificates first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_certificates.py" line="107"/>
        <location filename="../../catchdesk/ui/documents_certificates.py" line="246"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_certificates.py" line="108"/>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_certificates.py" line="110"/>
        <source>Save as one PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_certificates.py" line="113"/>
        <source>Write certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_certificates.py" line="126"/>
        <source>Left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_certificates.py" line="146"/>
        <source>Everyone who came (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_certificates.py" line="153"/>
        <source>Press Preview to see the first certificates as they will be printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_certificates.py" line="172"/>
        <source>Choose a folder for the certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_certificates.py" line="185"/>
        <source>Writing certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_certificates.py" line="186"/>
        <source>Writing the certificates into %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_certificates.py" line="197"/>
        <source>%1 certificates are in %2: %3 written now, %4 were already there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_certificates.py" line="210"/>
        <location filename="../../catchdesk/ui/documents_certificates.py" line="246"/>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_certificates.py" line="214"/>
        <source>Stopped after %1 of %2 certificates; those are in the folder. Press Write certificates again to write the other %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_certificates.py" line="245"/>
        <source>Drawing the first certificates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_certificates.py" line="257"/>
        <source>The first %1 of %2 certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_certificates.py" line="259"/>
        <source>%1 of %2 certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_certificates.py" line="281"/>
        <source>Sending the certificates to the printer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_certificates.py" line="304"/>
        <source>Printing certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_certificates.py" line="305"/>
        <source>Drawing the certificates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_certificates.py" line="306"/>
        <source>Stopped: these certificates do not count as issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_certificates.py" line="317"/>
        <source>%1 certificates sent to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_certificates.py" line="329"/>
        <source>Save the certificates as one PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_certificates.py" line="331"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_certificates.py" line="353"/>
        <source>Saving certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_certificates.py" line="354"/>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_certificates.py" line="355"/>
        <source>Stopped: no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_certificates.py" line="366"/>
        <source>%1 certificates saved in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_certificates.py" line="377"/>
        <source>Nobody is ticked: tick the people who get a certificate, or choose everyone who came.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_certificates.py" line="383"/>
        <source>No certificate: nobody chosen has a standing check-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_certificates.py" line="389"/>
        <source>%1 get no certificate: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_check.py" line="209"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_check.py" line="212"/>
        <source>What the import would do, row by row, compared with the attendee list. Nothing has been written yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_check.py" line="218"/>
        <source>Checking every row against the attendee list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_check.py" line="220"/>
        <source>rejected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_check.py" line="281"/>
        <source>The file could not be checked. {reason} Go back to fix it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_check.py" line="300"/>
        <source>Rows that cannot be imported: {count}. Their line in the file and the reason are listed below. Nothing is imported while they are in the file: correct them and choose the file again, or import only the valid rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_check.py" line="308"/>
        <source>Import only the {valid} valid rows and leave the {rejected} out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_check.py" line="321"/>
        <source>Everyone in this file is already in the attendee list with the same details: there is nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_check.py" line="327"/>
        <source>Ready. Press “Import” to write these changes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoachDayModel</name>
    <message>
        <location filename="../../catchdesk/ui/coach_mode_widgets.py" line="44"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coach_mode_widgets.py" line="45"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coach_mode_widgets.py" line="46"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coach_mode_widgets.py" line="47"/>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coach_mode_widgets.py" line="48"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coach_mode_widgets.py" line="136"/>
        <source>My slots today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoachModeScreen</name>
    <message>
        <location filename="../../catchdesk/ui/coach_mode.py" line="88"/>
        <source>Coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coach_mode.py" line="90"/>
        <source>&amp;Coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coach_mode.py" line="92"/>
        <source>Print my day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coach_mode.py" line="94"/>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coach_mode.py" line="95"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coach_mode.py" line="97"/>
        <source>Scan the person at your table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coach_mode.py" line="98"/>
        <source>Ticket code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coach_mode.py" line="170"/>
        <source>Choose your coach…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coach_mode.py" line="196"/>
        <source>Choose your coach above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coach_mode.py" line="214"/>
        <source>No slot right now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coach_mode.py" line="216"/>
        <source>No more slots today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coach_mode.py" line="262"/>
        <source>Welcome {name}: {time}, {topic}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coach_mode.py" line="267"/>
        <source>Their slot is not now: {other} is expected at {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coach_mode.py" line="331"/>
        <source>{name} has no booking with {coach}: their coaching is at {time} with {other}{place}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coach_mode.py" line="342"/>
        <source>{name} has no booking with {coach}: send them to the coaching desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coach_mode.py" line="346"/>
        <source>Expected: {other} at {time}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoachTable</name>
    <message>
        <location filename="../../catchdesk/ui/statistics_coaching.py" line="77"/>
        <source>Coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/statistics_coaching.py" line="78"/>
        <source>Booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/statistics_coaching.py" line="79"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/statistics_coaching.py" line="80"/>
        <source>No-shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/statistics_coaching.py" line="81"/>
        <source>Free slots</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoachingActions</name>
    <message>
        <location filename="../../catchdesk/ui/coaching_actions.py" line="100"/>
        <source>{name} is booked: {time} with {coach}{place}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_actions.py" line="133"/>
        <source>{name} is moved to {time} with {coach}{place}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_actions.py" line="149"/>
        <source>The booking of {name} at {time} with {coach} is cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_actions.py" line="164"/>
        <source>{name} has arrived for {time} with {coach}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_actions.py" line="186"/>
        <source>The session of {name} at {time} is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_actions.py" line="198"/>
        <source>{name} did not come at {time}: marked as a no-show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_actions.py" line="208"/>
        <source>Note kept for {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_actions.py" line="223"/>
        <source>{name} is on the waitlist for “{topic}” (number {position}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_actions.py" line="235"/>
        <source>{name} is off the waitlist for “{topic}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_actions.py" line="249"/>
        <source>The {time} slot is blocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_actions.py" line="251"/>
        <source>The {time} slot is open again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_actions.py" line="286"/>
        <source>Slot {time} with {coach}{place} offered to {name} from the waitlist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoachingGrid</name>
    <message>
        <location filename="../../catchdesk/ui/coaching_grid.py" line="215"/>
        <source>Place: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_grid.py" line="219"/>
        <source>Topics: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_grid.py" line="225"/>
        <source>Languages: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_grid.py" line="356"/>
        <source>Coaching slots of the day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoachingPrinting</name>
    <message>
        <location filename="../../catchdesk/ui/coaching_print.py" line="41"/>
        <source>The event of this desk is no longer in the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_print.py" line="176"/>
        <source>Coaching slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_print.py" line="184"/>
        <source>Coach&apos;s day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_print.py" line="192"/>
        <source>Overview of all coaches</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoachingScreen</name>
    <message>
        <location filename="../../catchdesk/ui/coaching.py" line="86"/>
        <source>Coaching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching.py" line="89"/>
        <source>Print coach&apos;s day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching.py" line="90"/>
        <source>The A4 day of the selected slot&apos;s coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching.py" line="91"/>
        <source>Print overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching.py" line="92"/>
        <source>Every coach&apos;s day, for the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching.py" line="256"/>
        <source>Cancel the booking of {name} at {time}? The slot goes to the next person waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching.py" line="258"/>
        <source>Cancel this booking?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching.py" line="270"/>
        <source>Moving {name}: double-click a free slot, or choose a topic and press “Next free slot”. Escape stops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching.py" line="274"/>
        <source>Stop moving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching.py" line="294"/>
        <source>Select a slot of the coach whose day to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching.py" line="327"/>
        <source>Scan a ticket or search a name first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching.py" line="344"/>
        <source>Put %1 on the waitlist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoachingStates</name>
    <message>
        <location filename="../../catchdesk/ui/coaching_states.py" line="27"/>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_states.py" line="28"/>
        <source>Booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_states.py" line="29"/>
        <source>Arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_states.py" line="30"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_states.py" line="31"/>
        <source>No-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_states.py" line="32"/>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_states.py" line="33"/>
        <source>Past</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_states.py" line="34"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_states.py" line="35"/>
        <source>To rebook</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColumnsPage</name>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_columns.py" line="138"/>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_columns.py" line="141"/>
        <source>Check what each column of the file holds and correct it in its drop-down. Columns set to “— not imported —” are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_columns.py" line="149"/>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_columns.py" line="149"/>
        <source>Example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_columns.py" line="149"/>
        <source>Imported as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_columns.py" line="166"/>
        <source>Line in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_columns.py" line="170"/>
        <source>The first rows as they will be read (line numbers left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_columns.py" line="193"/>
        <source>&lt;b&gt;{file}&lt;/b&gt; · {details} · recognised as {preset}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_columns.py" line="203"/>
        <source>CatchDesk did not recognise any column of this file. Choose in the drop-downs which column holds the names and which the e-mail addresses or ticket codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_columns.py" line="223"/>
        <source>Field for column {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_columns.py" line="276"/>
        <source>No file was read yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_columns.py" line="281"/>
        <source>Choose the column of the names: “First name” and “Last name”, or “Full name (split in two)”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_columns.py" line="288"/>
        <source>Choose the column of the e-mail addresses or of the ticket codes: people are told apart by one of them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsScreen</name>
    <message>
        <location filename="../../catchdesk/ui/conflicts.py" line="41"/>
        <source>Admitted at two desks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/conflicts.py" line="42"/>
        <source>Slot booked twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/conflicts.py" line="43"/>
        <source>Deleted but still in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/conflicts.py" line="44"/>
        <source>Made twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/conflicts.py" line="47"/>
        <source>Keep both check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/conflicts.py" line="48"/>
        <source>Revoke the later check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/conflicts.py" line="49"/>
        <source>Rebook in the next free slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/conflicts.py" line="50"/>
        <source>Cancel the booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/conflicts.py" line="51"/>
        <source>Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/conflicts.py" line="54"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/conflicts.py" line="55"/>
        <source>Raised at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/conflicts.py" line="56"/>
        <source>What collided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/conflicts.py" line="57"/>
        <location filename="../../catchdesk/ui/conflicts.py" line="236"/>
        <source>Attendee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/conflicts.py" line="58"/>
        <location filename="../../catchdesk/ui/conflicts.py" line="238"/>
        <source>Slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/conflicts.py" line="59"/>
        <location filename="../../catchdesk/ui/conflicts.py" line="239"/>
        <source>What the rule decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/conflicts.py" line="88"/>
        <source>Conflicts between desks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/conflicts.py" line="94"/>
        <source>Show settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/conflicts.py" line="124"/>
        <source>Why (optional): kept in the event&apos;s history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/conflicts.py" line="186"/>
        <source>Settled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/conflicts.py" line="188"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/conflicts.py" line="209"/>
        <source>No conflict: the desks agree on everything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/conflicts.py" line="211"/>
        <source>Open conflicts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/conflicts.py" line="244"/>
        <source>revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/conflicts.py" line="245"/>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/conflicts.py" line="249"/>
        <source>Slot kept by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/conflicts.py" line="252"/>
        <source>%1 by %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/conflicts.py" line="257"/>
        <source>Settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/conflicts.py" line="259"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/conflicts.py" line="284"/>
        <source>Settled: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/conflicts.py" line="313"/>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskScreen</name>
    <message>
        <location filename="../../catchdesk/ui/desk.py" line="151"/>
        <source>Scan a ticket (or type its code and Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/desk.py" line="155"/>
        <source>Ticket code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/desk.py" line="159"/>
        <source>Search a name, organisation or e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/desk.py" line="161"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/desk.py" line="187"/>
        <source>Undo last check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/desk.py" line="192"/>
        <source>Undo last check-in (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/desk.py" line="196"/>
        <source>Register a walk-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/desk.py" line="201"/>
        <source>Walk-in: register and check in (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/desk.py" line="205"/>
        <source>Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/desk.py" line="219"/>
        <source>Find a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/desk.py" line="222"/>
        <source>Last scans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/desk.py" line="242"/>
        <source>Sounds are muted (see Settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/desk.py" line="244"/>
        <source>Sounds are off: this computer lacks the audio libraries Qt Multimedia needs (on Linux, install libpulse0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/desk.py" line="248"/>
        <source>Sounds are off: no speaker or headphones were found on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/desk.py" line="251"/>
        <source>Sounds are off: the sound files are missing from this installation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/desk.py" line="455"/>
        <source>Undo the last check-in?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/desk.py" line="457"/>
        <source>Undo the last check-in made at {desk}? The person will count as not arrived until they are checked in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/desk.py" line="475"/>
        <source>Nothing to undo at this desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/desk.py" line="478"/>
        <source>Check-in of {name} undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/desk.py" line="480"/>
        <source>Undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/desk_actions.py" line="32"/>
        <source>Badge not printed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/desk_actions.py" line="39"/>
        <source>Badge sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentReports</name>
    <message>
        <location filename="../../catchdesk/ui/documents_reports.py" line="41"/>
        <source>never checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_reports.py" line="42"/>
        <source>check-in was undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_reports.py" line="43"/>
        <source>registration cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_reports.py" line="44"/>
        <source>no attendee has this code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_reports.py" line="54"/>
        <source>no e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_reports.py" line="57"/>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_reports.py" line="58"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_reports.py" line="59"/>
        <source>already sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_reports.py" line="60"/>
        <source>left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_reports.py" line="61"/>
        <source>written as a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_reports.py" line="65"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_reports.py" line="66"/>
        <source>Code or e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_reports.py" line="67"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_reports.py" line="68"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentTab</name>
    <message>
        <location filename="../../catchdesk/ui/documents_tab.py" line="107"/>
        <source>Only the people ticked below (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentsScreen</name>
    <message>
        <location filename="../../catchdesk/ui/documents.py" line="49"/>
        <source>Badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents.py" line="50"/>
        <source>Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents.py" line="51"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents.py" line="52"/>
        <source>Verify</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DoorScreen</name>
    <message>
        <location filename="../../catchdesk/ui/door.py" line="105"/>
        <source>&amp;Workshop</source>
        <extracomment>Other doors and desks admit people too: the bar is re-read this often.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/door.py" line="107"/>
        <source>&amp;Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/door.py" line="110"/>
        <source>Scan tickets with this computer&apos;s camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/door.py" line="114"/>
        <source>Scan a ticket or type its code, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/door.py" line="115"/>
        <source>Ticket code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/door.py" line="227"/>
        <source>This event has no workshops yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDetailsTab</name>
    <message>
        <location filename="../../catchdesk/ui/event_setup_details.py" line="202"/>
        <source>Save details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_details.py" line="208"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_details.py" line="209"/>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_details.py" line="210"/>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_details.py" line="211"/>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_details.py" line="212"/>
        <source>Organiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_details.py" line="213"/>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_details.py" line="214"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_details.py" line="224"/>
        <source>Who signs, e.g. Camille Renard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_details.py" line="235"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_details.py" line="236"/>
        <source>Role of the signatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_details.py" line="240"/>
        <source>Save certificate wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_details.py" line="245"/>
        <source>Signatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_details.py" line="246"/>
        <source>Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_details.py" line="248"/>
        <source>An empty text prints CatchDesk&apos;s own sentence (shown in grey).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_details.py" line="262"/>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_details.py" line="263"/>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_details.py" line="264"/>
        <source>Images on certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_details.py" line="267"/>
        <source>PNG or JPEG, at most 512 KB; kept in the event for every desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_details.py" line="278"/>
        <source>Export public key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_details.py" line="284"/>
        <source>Certificates are signed with the event&apos;s key. Give the public key to whoever checks certificates; the fingerprint printed on each certificate must match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_details.py" line="290"/>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_details.py" line="293"/>
        <source>Certificate key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_details.py" line="342"/>
        <source>Event details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_details.py" line="346"/>
        <source>Details saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_details.py" line="364"/>
        <source>Certificate wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_details.py" line="366"/>
        <source>Certificate wording saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_details.py" line="375"/>
        <location filename="../../catchdesk/ui/event_setup_details.py" line="386"/>
        <source>Export public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_details.py" line="377"/>
        <source>Public keys (*.pem)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_details.py" line="391"/>
        <source>Saved to {path} (fingerprint {fingerprint}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventForm</name>
    <message>
        <location filename="../../catchdesk/ui/welcome_form.py" line="64"/>
        <source>Your event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/welcome_form.py" line="72"/>
        <source>e.g. Digital Day Namur 2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/welcome_form.py" line="78"/>
        <source>e.g. Namur Expo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/welcome_form.py" line="86"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/welcome_form.py" line="87"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/welcome_form.py" line="88"/>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/welcome_form.py" line="89"/>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/welcome_form.py" line="91"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/welcome_form.py" line="117"/>
        <source>First the event the registrations belong to; then choose the export of your ticketing platform (CSV or Excel).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/welcome_form.py" line="121"/>
        <source>Create the event and choose the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/welcome_form.py" line="125"/>
        <source>Its name and date are printed on badges and certificates; workshops, logo and certificate texts can be added later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/welcome_form.py" line="129"/>
        <source>Create the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/welcome_form.py" line="137"/>
        <source>Give the event a name: it is printed on badges and certificates.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventSetupScreen</name>
    <message>
        <location filename="../../catchdesk/ui/event_setup.py" line="34"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup.py" line="35"/>
        <source>Workshops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup.py" line="36"/>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../catchdesk/ui/import_wizard.py" line="71"/>
        <source>Registration file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard.py" line="74"/>
        <source>Choose the export of your ticketing platform (Eventbrite, pretix…) or your own list, as CSV or Excel (XLSX). Nothing is imported before the last step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard.py" line="79"/>
        <source>Path of a .csv or .xlsx file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard.py" line="81"/>
        <source>Choose a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard.py" line="90"/>
        <source>How the file was read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard.py" line="156"/>
        <source>This file cannot be imported. {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard.py" line="178"/>
        <source>Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard.py" line="179"/>
        <source>Recognised as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard.py" line="182"/>
        <source>{file} was read. Next, check which column holds what.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FillBar</name>
    <message>
        <location filename="../../catchdesk/ui/statistics_widgets.py" line="91"/>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/statistics_widgets.py" line="93"/>
        <source>%1 — full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/statistics_widgets.py" line="98"/>
        <source>%1 — no limit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FolderChooser</name>
    <message>
        <location filename="../../catchdesk/ui/documents_widgets.py" line="100"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_widgets.py" line="101"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImagePicker</name>
    <message>
        <location filename="../../catchdesk/ui/event_setup_details.py" line="97"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_details.py" line="98"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_details.py" line="126"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_details.py" line="132"/>
        <source>Choose an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_details.py" line="132"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_details.py" line="140"/>
        <location filename="../../catchdesk/ui/event_setup_details.py" line="149"/>
        <source>Image not used</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../catchdesk/ui/import_wizard.py" line="53"/>
        <source>Choose the registration file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard.py" line="55"/>
        <source>Registration lists (*.csv *.xlsx *.txt *.tsv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard.py" line="206"/>
        <source>Import registrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard.py" line="218"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_check.py" line="66"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_check.py" line="67"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_check.py" line="68"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_check.py" line="69"/>
        <source>Remark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_check.py" line="96"/>
        <source>new ticket code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_check.py" line="111"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_check.py" line="112"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_check.py" line="113"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_check.py" line="187"/>
        <source>Marked as cancelled in the file: {count} (imported as cancelled).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_check.py" line="193"/>
        <source>Columns left out: {columns}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_columns.py" line="70"/>
        <source>(column {number}, no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_state.py" line="27"/>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_state.py" line="28"/>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_state.py" line="29"/>
        <source>Full name (split in two)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_state.py" line="30"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_state.py" line="31"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_state.py" line="32"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_state.py" line="33"/>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_state.py" line="34"/>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_state.py" line="35"/>
        <source>Role (participant, coach…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_state.py" line="36"/>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_state.py" line="37"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_state.py" line="38"/>
        <source>Consent to be contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_state.py" line="39"/>
        <source>Registration status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_state.py" line="40"/>
        <source>Ticket type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_state.py" line="41"/>
        <source>Ticket code (barcode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_state.py" line="42"/>
        <source>Order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_state.py" line="44"/>
        <source>— not imported —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_state.py" line="47"/>
        <source>UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_state.py" line="48"/>
        <source>UTF-8 (with byte order mark)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_state.py" line="49"/>
        <location filename="../../catchdesk/ui/import_wizard_state.py" line="50"/>
        <location filename="../../catchdesk/ui/import_wizard_state.py" line="51"/>
        <source>UTF-16 (Excel “Unicode text”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_state.py" line="52"/>
        <source>UTF-32</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_state.py" line="53"/>
        <source>Windows-1252 (Excel on Windows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_state.py" line="54"/>
        <source>ISO-8859-1 (Latin-1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_state.py" line="57"/>
        <source>comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_state.py" line="58"/>
        <source>semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_state.py" line="59"/>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_state.py" line="60"/>
        <source>vertical bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_state.py" line="63"/>
        <source>an Eventbrite export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_state.py" line="64"/>
        <source>a pretix export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_state.py" line="65"/>
        <source>a list with its own column names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_state.py" line="85"/>
        <location filename="../../catchdesk/ui/import_wizard_state.py" line="92"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_state.py" line="86"/>
        <location filename="../../catchdesk/ui/import_wizard_state.py" line="116"/>
        <source>Excel workbook (XLSX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_state.py" line="92"/>
        <location filename="../../catchdesk/ui/import_wizard_state.py" line="122"/>
        <source>CSV text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_state.py" line="95"/>
        <source>Encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_state.py" line="101"/>
        <source>Separator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_state.py" line="105"/>
        <source>Rows below the column names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_state.py" line="107"/>
        <source>Column names on line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_state.py" line="117"/>
        <source>sheet “{sheet}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_state.py" line="126"/>
        <source>{count} rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_worker.py" line="136"/>
        <source>The event is no longer in the store; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobProgressDialog</name>
    <message>
        <location filename="../../catchdesk/ui/job_worker.py" line="228"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/job_worker.py" line="235"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/job_worker.py" line="266"/>
        <source>Stopping after the current item…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobWorker</name>
    <message>
        <location filename="../../catchdesk/ui/job_worker.py" line="198"/>
        <source>Something went wrong ({0}); the log has the details.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JoinForm</name>
    <message>
        <location filename="../../catchdesk/ui/welcome_join.py" line="49"/>
        <source>Join an event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/welcome_join.py" line="56"/>
        <source>Give the hub&apos;s address or the join bundle the organiser prepared, and the passphrase they chose. The event and its attendees arrive on this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/welcome_join.py" line="63"/>
        <source>postgresql+psycopg://host/hub or a bundle file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/welcome_join.py" line="64"/>
        <source>Choose a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/welcome_join.py" line="71"/>
        <source>Only if the hub holds several events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/welcome_join.py" line="77"/>
        <source>Hub or file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/welcome_join.py" line="78"/>
        <source>Event tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/welcome_join.py" line="79"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/welcome_join.py" line="84"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/welcome_join.py" line="87"/>
        <source>Join the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/welcome_join.py" line="108"/>
        <source>Join bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/welcome_join.py" line="110"/>
        <source>CatchDesk bundles (*.cdbundle);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/welcome_join.py" line="121"/>
        <source>Give the hub&apos;s address or choose the bundle file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/welcome_join.py" line="151"/>
        <source>Joining the event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/welcome_join.py" line="171"/>
        <source>Joined: the event is ready on this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailTab</name>
    <message>
        <location filename="../../catchdesk/ui/documents_mail.py" line="77"/>
        <source>Mail server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_mail.py" line="82"/>
        <location filename="../../catchdesk/ui/documents_mail.py" line="196"/>
        <source>Test message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_mail.py" line="84"/>
        <source>your own e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_mail.py" line="86"/>
        <source>Send a test message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_mail.py" line="93"/>
        <source>Send yourself a test message first: it checks the settings and shows how the messages arrive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_mail.py" line="106"/>
        <source>Send the certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_mail.py" line="108"/>
        <source>Everyone who came and has an e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_mail.py" line="116"/>
        <source>Send certificates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_mail.py" line="121"/>
        <source>Those who already received their current certificate are skipped, so sending again after a stop goes on with the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_mail.py" line="158"/>
        <source>Only the people ticked in the Certificates tab (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_mail.py" line="180"/>
        <source>Type the address the test message goes to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_mail.py" line="197"/>
        <source>Sending a test message to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_mail.py" line="206"/>
        <source>The test message went to %1 (the server answered: %2). Check that it arrived, then send the certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_mail.py" line="225"/>
        <source>Send certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_mail.py" line="226"/>
        <source>Send each certificate by e-mail now? Those already sent are skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_mail.py" line="241"/>
        <source>Nobody is ticked in the Certificates tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_mail.py" line="262"/>
        <source>Sending certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_mail.py" line="263"/>
        <source>Sending the certificates by e-mail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_mail.py" line="275"/>
        <source>Sending was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_mail.py" line="277"/>
        <source>Sending stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_mail.py" line="286"/>
        <source>Sent: %1 · failed: %2 · already sent before: %3 · left out: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_mail.py" line="296"/>
        <source>%1 not handled yet: send again to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_mail.py" line="302"/>
        <source>Send again to retry the failed ones once their address is fixed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../catchdesk/ui/pages.py" line="39"/>
        <source>Front desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/pages.py" line="46"/>
        <source>Workshop door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/pages.py" line="52"/>
        <source>Coaching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/pages.py" line="58"/>
        <source>Coach mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/pages.py" line="64"/>
        <source>Attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/pages.py" line="70"/>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/pages.py" line="76"/>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/pages.py" line="82"/>
        <source>Event setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/pages.py" line="88"/>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/main_window.py" line="237"/>
        <source>This screen could not be opened; the log says why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/main_window.py" line="285"/>
        <source>&amp;Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/main_window.py" line="286"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/main_window.py" line="291"/>
        <source>&amp;Import registrations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/main_window.py" line="296"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/main_window.py" line="302"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/main_window.py" line="303"/>
        <source>&amp;Full screen (kiosk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/main_window.py" line="381"/>
        <source>Where this desk&apos;s data is stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/main_window.py" line="411"/>
        <source>Counts unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/main_window.py" line="417"/>
        <source>%1 checked in / %2 registered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../catchdesk/ui/attendee_list_merge.py" line="37"/>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_list_merge.py" line="38"/>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_list_merge.py" line="39"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_list_merge.py" line="40"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_list_merge.py" line="41"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_list_merge.py" line="42"/>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_list_merge.py" line="43"/>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_list_merge.py" line="44"/>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_list_merge.py" line="45"/>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_list_merge.py" line="49"/>
        <source>Imported on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_list_merge.py" line="50"/>
        <source>Walk-in on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_list_merge.py" line="51"/>
        <source>Added on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_list_merge.py" line="69"/>
        <source>Merge two records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_list_merge.py" line="80"/>
        <source>One of the two people is no longer in the store; refresh the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_list_merge.py" line="110"/>
        <source>After the merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_list_merge.py" line="115"/>
        <source>Keep this record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_list_merge.py" line="141"/>
        <source>Ticket code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_list_merge.py" line="147"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_list_merge.py" line="155"/>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/attendee_list_merge.py" line="189"/>
        <source>The record {kept} of {survivor} is kept. The check-ins, bookings, enrolments, badge prints and codes of the record {other} move to it, and the ticket {other} still checks in {survivor}. Details in green come from {other}, which stays in the history as merged: nothing is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaperPreview</name>
    <message>
        <location filename="../../catchdesk/ui/coaching_print.py" line="88"/>
        <source>Nothing to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_print.py" line="91"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_print.py" line="92"/>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_print.py" line="121"/>
        <source>Sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_print.py" line="125"/>
        <source>Printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_print.py" line="125"/>
        <source>Sending the pages to the printer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_print.py" line="131"/>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_print.py" line="131"/>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_print.py" line="142"/>
        <source>The file could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_print.py" line="145"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <location filename="../../catchdesk/ui/event_setup_partners.py" line="71"/>
        <source>Name, phone or e-mail of the person to call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_partners.py" line="75"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_partners.py" line="76"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_partners.py" line="77"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_partners.py" line="78"/>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnersTab</name>
    <message>
        <location filename="../../catchdesk/ui/event_setup_partners.py" line="39"/>
        <source>Sponsor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_partners.py" line="40"/>
        <source>Coworking space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_partners.py" line="41"/>
        <source>Incubator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_partners.py" line="42"/>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_partners.py" line="43"/>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_partners.py" line="44"/>
        <source>Public body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_partners.py" line="45"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_partners.py" line="114"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_partners.py" line="114"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_partners.py" line="114"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_partners.py" line="114"/>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_partners.py" line="122"/>
        <source>Add partner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_partners.py" line="123"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_partners.py" line="124"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_partners.py" line="176"/>
        <source>New partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_partners.py" line="181"/>
        <source>Edit partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_partners.py" line="189"/>
        <location filename="../../catchdesk/ui/event_setup_partners.py" line="202"/>
        <source>Remove partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_partners.py" line="190"/>
        <source>Remove {name} from the partners?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../catchdesk/ui/sync_dialogs.py" line="40"/>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/sync_dialogs.py" line="41"/>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/sync_dialogs.py" line="61"/>
        <source>Use at least %1 characters: a few words are easy to say and to type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/sync_dialogs.py" line="65"/>
        <source>The two passphrases differ; type the same one twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../catchdesk/ui/pdf_preview.py" line="76"/>
        <source>Fit width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/pdf_preview.py" line="77"/>
        <source>Whole page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/pdf_preview.py" line="78"/>
        <source>How large the pages are shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/pdf_preview.py" line="44"/>
        <location filename="../../catchdesk/ui/pdf_preview.py" line="101"/>
        <source>The preview file could not be read.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/pdf_printing.py" line="79"/>
        <source>The printer could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/pdf_printing.py" line="89"/>
        <source>Printing was stopped; pages already sent may still come out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../catchdesk/ui/documents_people.py" line="54"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_people.py" line="55"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_people.py" line="58"/>
        <source>Badge printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_people.py" line="59"/>
        <source>Came</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_people.py" line="114"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_people.py" line="115"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_people.py" line="116"/>
        <source>came</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_people.py" line="117"/>
        <source>not checked in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeoplePicker</name>
    <message>
        <location filename="../../catchdesk/ui/documents_people.py" line="319"/>
        <source>Filter by name, organisation, e-mail or code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_people.py" line="322"/>
        <source>Only ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_people.py" line="346"/>
        <source>Tick all shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_people.py" line="347"/>
        <source>Untick all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_people.py" line="386"/>
        <source>%1 ticked · %2 shown of %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportTiles</name>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_check.py" line="49"/>
        <source>new people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_check.py" line="50"/>
        <source>updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_check.py" line="51"/>
        <source>already up to date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_result.py" line="47"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_result.py" line="50"/>
        <source>The registrations are written in one go: all of them, or none if you stop the import with Cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_result.py" line="58"/>
        <source>rows left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_result.py" line="61"/>
        <source>Back to the check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_result.py" line="99"/>
        <source>Importing… the list is checked once more first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_result.py" line="120"/>
        <source>Stopping… nothing will be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_result.py" line="128"/>
        <source>Importing: {done} of {total} rows written…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_result.py" line="139"/>
        <source>{file} into “{event}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_result.py" line="147"/>
        <source>Nothing had to change: the attendee list was already up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_result.py" line="153"/>
        <source>Done: the valid rows are in the attendee list. The rows listed below were left out; correct them in the file and import it again to add them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_result.py" line="159"/>
        <source>Done: everyone is in the attendee list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_result.py" line="178"/>
        <source>The import was stopped. Nothing was imported: the list is as before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/import_wizard_result.py" line="183"/>
        <source>The import failed and nothing was imported. {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../catchdesk/ui/search_model.py" line="36"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/search_model.py" line="37"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/search_model.py" line="38"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/search_model.py" line="39"/>
        <source>Checked in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionPanel</name>
    <message>
        <location filename="../../catchdesk/ui/coach_mode_widgets.py" line="161"/>
        <source>Short note on the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coach_mode_widgets.py" line="163"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coach_mode_widgets.py" line="165"/>
        <source>Arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coach_mode_widgets.py" line="167"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coach_mode_widgets.py" line="168"/>
        <source>No-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coach_mode_widgets.py" line="194"/>
        <source>Select a slot in the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="42"/>
        <source>A4 sheet, 8 badges (90 × 60 mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="43"/>
        <source>62 mm label roll, one badge per label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="84"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="101"/>
        <source>Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="105"/>
        <source>Name of this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="106"/>
        <source>Desk &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="110"/>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="115"/>
        <source>The new language applies the next time CatchDesk starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="121"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="124"/>
        <source>Play a sound for each verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="127"/>
        <source>Sounds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="131"/>
        <source>Scanner and camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="138"/>
        <source>Keys closer together than this come from a scanner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="139"/>
        <source>Scanner key &amp;gap:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="146"/>
        <source>A scan without Enter is accepted after this pause with no key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="148"/>
        <source>Scan &amp;without Enter after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="156"/>
        <source>First camera found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="160"/>
        <source>Camera scanning is off: Qt Multimedia is not available on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="166"/>
        <source>No camera found on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="167"/>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="181"/>
        <source>%1 (not connected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="169"/>
        <source>&amp;Camera:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="174"/>
        <source>Badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="178"/>
        <source>Ask each time (print dialog)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="182"/>
        <source>&amp;Printer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="193"/>
        <source>Badge &amp;layout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="195"/>
        <source>Print the badge at every first check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="198"/>
        <source>Automatic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="202"/>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="209"/>
        <source>The PostgreSQL database the desks of the event share. A password written in the address is kept in this desk&apos;s settings file in clear: prefer a ~/.pgpass file or a server that trusts the venue&apos;s network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="214"/>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="221"/>
        <source>&amp;Hub:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="227"/>
        <source>Empty: this desk does not sync in the background.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="236"/>
        <source>Write the hub&apos;s address first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="252"/>
        <source>Reaching the hub…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/settings_dialog.py" line="261"/>
        <source>OK: the hub %1 answers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupMessages</name>
    <message>
        <location filename="../../catchdesk/ui/event_setup_messages.py" line="22"/>
        <source>An event needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_messages.py" line="23"/>
        <source>“{zone}” is not a time zone such as Europe/Brussels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_messages.py" line="26"/>
        <source>The event cannot end before it starts: check the last day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_messages.py" line="29"/>
        <source>Check-ins already recorded on the event&apos;s present days: {count}; their times do not move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_messages.py" line="33"/>
        <source>Workshops that would fall outside the event&apos;s days: {count} (first: {title}); change their times afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_messages.py" line="38"/>
        <source>Certificates are written in French, Dutch and English only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_messages.py" line="41"/>
        <source>The {what} weighs {size} KB, more than {limit} KB: export it smaller (about 600 pixels wide is plenty).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_messages.py" line="46"/>
        <source>The {what} must be a PNG or JPEG image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_messages.py" line="47"/>
        <source>The {what} is a damaged image: export it again as PNG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_messages.py" line="50"/>
        <source>{path} is a folder: choose a PNG or JPEG file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_messages.py" line="53"/>
        <source>Cannot read {path} ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_messages.py" line="54"/>
        <source>A partner needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_messages.py" line="55"/>
        <source>“{site}” is not a web address: write it like www.example.be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_messages.py" line="58"/>
        <source>{name} is already a partner of this event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_messages.py" line="61"/>
        <source>This partner is no longer in the list: refresh it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_messages.py" line="64"/>
        <source>A workshop needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_messages.py" line="65"/>
        <source>{title} ends at {end}, before it starts at {start}: check the end time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_messages.py" line="68"/>
        <source>A capacity is at least 1 seat; leave it empty for no limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_messages.py" line="71"/>
        <source>{title} is on {day}, outside the event&apos;s days ({days}): pick a time on the event&apos;s days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_messages.py" line="75"/>
        <source>People inside {title}: {inside}, for {capacity} seats: the door will turn newcomers away until there is room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_messages.py" line="80"/>
        <source>People enrolled in {title}: {enrolled}, for {capacity} seats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_messages.py" line="83"/>
        <source>People already admitted to {title}: {count}; their certificates will state the new times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_messages.py" line="87"/>
        <source>{other} is in {room} at the same time ({start}–{end}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_messages.py" line="90"/>
        <source>{title} will be removed from the programme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_messages.py" line="93"/>
        <source>People were admitted to {title} ({count}), so it stays in the history and on their certificates: change its title or times instead of deleting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_messages.py" line="98"/>
        <source>People enrolled in {title}: {count}; their enrolments will be removed with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_messages.py" line="102"/>
        <source>This workshop is no longer in the programme: refresh the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_messages.py" line="105"/>
        <source>Cannot write {path} ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_messages.py" line="108"/>
        <source>logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_messages.py" line="109"/>
        <source>signature image</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlotPanel</name>
    <message>
        <location filename="../../catchdesk/ui/coaching_slot_panel.py" line="53"/>
        <location filename="../../catchdesk/ui/coaching_slot_panel.py" line="139"/>
        <source>Click a slot in the grid to see what can be done with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_slot_panel.py" line="60"/>
        <source>Note (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_slot_panel.py" line="62"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_slot_panel.py" line="63"/>
        <location filename="../../catchdesk/ui/coaching_slot_panel.py" line="154"/>
        <source>Book here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_slot_panel.py" line="64"/>
        <source>Arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_slot_panel.py" line="65"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_slot_panel.py" line="66"/>
        <source>No-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_slot_panel.py" line="67"/>
        <source>Move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_slot_panel.py" line="68"/>
        <source>Move this booking to another slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_slot_panel.py" line="69"/>
        <source>Cancel booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_slot_panel.py" line="70"/>
        <source>Keep note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_slot_panel.py" line="71"/>
        <location filename="../../catchdesk/ui/coaching_slot_panel.py" line="155"/>
        <source>Block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_slot_panel.py" line="73"/>
        <source>Print slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_slot_panel.py" line="77"/>
        <source>Receipt (80 mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_slot_panel.py" line="78"/>
        <source>Label (62 mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_slot_panel.py" line="152"/>
        <source>Book %1 here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_slot_panel.py" line="155"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmtpForm</name>
    <message>
        <location filename="../../catchdesk/ui/documents_smtp.py" line="44"/>
        <source>STARTTLS (usually port 587)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_smtp.py" line="45"/>
        <source>TLS from the start (usually port 465)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_smtp.py" line="46"/>
        <source>None (only a server on this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_smtp.py" line="50"/>
        <source>often your e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_smtp.py" line="53"/>
        <source>asked each session, never saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_smtp.py" line="57"/>
        <source>optional: where replies go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_smtp.py" line="60"/>
        <source>Mail server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_smtp.py" line="61"/>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_smtp.py" line="62"/>
        <source>Security:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_smtp.py" line="63"/>
        <source>User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_smtp.py" line="64"/>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_smtp.py" line="65"/>
        <source>Sender address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_smtp.py" line="66"/>
        <source>Reply-to address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_smtp.py" line="81"/>
        <source>Type the name of the mail server (for example smtp.example.be).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_smtp.py" line="90"/>
        <source>Type the sender address the e-mails come from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_smtp.py" line="95"/>
        <source>The sender address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_smtp.py" line="100"/>
        <source>The reply-to address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_smtp.py" line="117"/>
        <source>The password would travel unencrypted: choose STARTTLS or TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_smtp.py" line="123"/>
        <source>Type the password of %1 (it is used for this session only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_smtp.py" line="135"/>
        <source>%1 “%2” is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatisticsFiles</name>
    <message>
        <location filename="../../catchdesk/ui/statistics_actions.py" line="58"/>
        <source>Export the figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/statistics_actions.py" line="59"/>
        <source>figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/statistics_actions.py" line="60"/>
        <source>Exporting the figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/statistics_actions.py" line="68"/>
        <source>Export the attendee list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/statistics_actions.py" line="69"/>
        <source>attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/statistics_actions.py" line="70"/>
        <source>Exporting the attendee list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/statistics_actions.py" line="80"/>
        <source>Save the summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/statistics_actions.py" line="81"/>
        <source>summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/statistics_actions.py" line="82"/>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/statistics_actions.py" line="92"/>
        <source>Saving the summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/statistics_actions.py" line="93"/>
        <location filename="../../catchdesk/ui/statistics_actions.py" line="171"/>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/statistics_actions.py" line="121"/>
        <location filename="../../catchdesk/ui/statistics_actions.py" line="134"/>
        <source>Printing the summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/statistics_actions.py" line="122"/>
        <source>Sending the summary to the printer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/statistics_actions.py" line="124"/>
        <source>The summary went to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/statistics_actions.py" line="135"/>
        <source>Drawing the summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/statistics_actions.py" line="197"/>
        <source>Stopped; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/statistics_actions.py" line="215"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/statistics_actions.py" line="217"/>
        <source>Saved %1 rows to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/statistics_actions.py" line="223"/>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/statistics_files.py" line="39"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/statistics_files.py" line="40"/>
        <source>CSV for Excel, semicolons (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/statistics_files.py" line="41"/>
        <source>CSV, commas (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/statistics_files.py" line="88"/>
        <location filename="../../catchdesk/ui/statistics_files.py" line="118"/>
        <source>The event of this desk is no longer in the store.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatisticsScreen</name>
    <message>
        <location filename="../../catchdesk/ui/statistics.py" line="87"/>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/statistics.py" line="92"/>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/statistics.py" line="97"/>
        <source>Checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/statistics.py" line="98"/>
        <source>Walk-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/statistics.py" line="99"/>
        <source>Coaching sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/statistics.py" line="100"/>
        <source>Busiest quarter hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/statistics.py" line="108"/>
        <source>Attended / capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/statistics.py" line="109"/>
        <source>Coaching per coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/statistics.py" line="110"/>
        <source>Coaching per topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/statistics.py" line="116"/>
        <source>Export &amp;figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/statistics.py" line="119"/>
        <source>Save these figures as an Excel workbook or a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/statistics.py" line="121"/>
        <source>Export &amp;attendee list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/statistics.py" line="124"/>
        <source>Everyone with their arrival, desk and workshops, for a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/statistics.py" line="126"/>
        <source>&amp;Save summary (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/statistics.py" line="128"/>
        <source>The one-page summary of the day, as a PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/statistics.py" line="129"/>
        <source>&amp;Print summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/statistics.py" line="131"/>
        <source>Print the one-page summary on paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/statistics.py" line="157"/>
        <source>Arrivals per quarter hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/statistics.py" line="158"/>
        <source>Workshops and coaching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/statistics.py" line="159"/>
        <source>Sectors of those who came</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/statistics.py" line="160"/>
        <source>Needs of those who came</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/statistics.py" line="235"/>
        <source>of %1 registered (%2 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/statistics.py" line="240"/>
        <source>registered at the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/statistics.py" line="245"/>
        <source>%1 held · %2 no-shows · %3 waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/statistics.py" line="254"/>
        <source>nobody has arrived yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/statistics.py" line="258"/>
        <source>1 arrival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/statistics.py" line="260"/>
        <source>%1 arrivals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/statistics.py" line="271"/>
        <source>Updated at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/statistics.py" line="282"/>
        <source>Not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/statistics.py" line="286"/>
        <source>Figures unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncControls</name>
    <message>
        <location filename="../../catchdesk/ui/sync_actions.py" line="59"/>
        <source>&amp;Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/sync_actions.py" line="62"/>
        <source>&amp;Export a bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/sync_actions.py" line="63"/>
        <source>Export a &amp;join bundle for a new laptop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/sync_actions.py" line="64"/>
        <source>&amp;Import a bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/sync_actions.py" line="65"/>
        <source>&amp;Publish this event to the hub…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/sync_actions.py" line="66"/>
        <source>Sync &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/sync_actions.py" line="67"/>
        <source>&amp;Conflicts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/sync_actions.py" line="163"/>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/sync_actions.py" line="196"/>
        <location filename="../../catchdesk/ui/sync_actions.py" line="211"/>
        <source>Export a bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/sync_actions.py" line="211"/>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/sync_actions.py" line="219"/>
        <source>Join bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/sync_actions.py" line="221"/>
        <source>Choose the passphrase a new laptop will type to open this bundle. Tell it aloud, never on the USB stick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/sync_actions.py" line="229"/>
        <source>%1 entries written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/sync_actions.py" line="230"/>
        <source>Bundle exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/sync_actions.py" line="237"/>
        <location filename="../../catchdesk/ui/sync_actions.py" line="250"/>
        <source>Import a bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/sync_actions.py" line="250"/>
        <source>Merging %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/sync_actions.py" line="255"/>
        <source>%1 new entries merged (of %2 in the bundle).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/sync_actions.py" line="258"/>
        <source>%1 new conflict(s): see Sync &gt; Conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/sync_actions.py" line="261"/>
        <source>Bundle imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/sync_actions.py" line="271"/>
        <location filename="../../catchdesk/ui/sync_actions.py" line="280"/>
        <location filename="../../catchdesk/ui/sync_actions.py" line="298"/>
        <source>Publish to the hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/sync_actions.py" line="272"/>
        <source>Set the hub&apos;s address in Settings first; then publish the event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/sync_actions.py" line="281"/>
        <source>Choose the passphrase new laptops will type to join this event from the hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/sync_actions.py" line="298"/>
        <source>Reaching the hub…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/sync_actions.py" line="303"/>
        <source>The event is on %1: new laptops join it with the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/sync_actions.py" line="304"/>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <location filename="../../catchdesk/ui/sync_status.py" line="50"/>
        <source>Open the conflicts screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/sync_status.py" line="65"/>
        <source>Sync off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/sync_status.py" line="69"/>
        <source>No hub is set: this desk works alone. Set a hub in Settings, or exchange bundle files from the Sync menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/sync_status.py" line="76"/>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/sync_status.py" line="78"/>
        <source>Reaching the hub %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/sync_status.py" line="83"/>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/sync_status.py" line="84"/>
        <source>In sync with the hub %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/sync_status.py" line="86"/>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/sync_status.py" line="87"/>
        <source>The hub does not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/sync_status.py" line="88"/>
        <source>This desk keeps working and syncs when the hub is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/sync_status.py" line="91"/>
        <source>synced at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/sync_status.py" line="93"/>
        <source>never synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../catchdesk/ui/sync_status.py" line="96"/>
        <source>%n entries waiting</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/sync_status.py" line="98"/>
        <source>1 entry waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/sync_status.py" line="107"/>
        <source>1 conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../catchdesk/ui/sync_status.py" line="107"/>
        <source>%n conflicts</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TopicTable</name>
    <message>
        <location filename="../../catchdesk/ui/statistics_coaching.py" line="110"/>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/statistics_coaching.py" line="111"/>
        <source>Booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/statistics_coaching.py" line="112"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/statistics_coaching.py" line="113"/>
        <source>No-shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/statistics_coaching.py" line="114"/>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/statistics_coaching.py" line="123"/>
        <source>Topic not given</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerdictPanel</name>
    <message>
        <location filename="../../catchdesk/ui/verdict_panel.py" line="42"/>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/verdict_panel.py" line="43"/>
        <source>Already checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/verdict_panel.py" line="44"/>
        <source>Unknown code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/verdict_panel.py" line="45"/>
        <source>Invalid code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/verdict_panel.py" line="46"/>
        <source>Other event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/verdict_panel.py" line="47"/>
        <source>Registration cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/verdict_panel.py" line="48"/>
        <source>Not enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/verdict_panel.py" line="49"/>
        <source>Room full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/verdict_panel.py" line="52"/>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/verdict_panel.py" line="53"/>
        <source>Coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/verdict_panel.py" line="54"/>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/verdict_panel.py" line="55"/>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/verdict_panel.py" line="56"/>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/verdict_panel.py" line="194"/>
        <source>First check-in at {time}, desk {desk}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/verdict_panel.py" line="208"/>
        <source>Coaching {time} with {coach}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/verdict_panel.py" line="219"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/verdict_panel.py" line="220"/>
        <source>Scan a ticket or search a name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifyTab</name>
    <message>
        <location filename="../../catchdesk/ui/documents_verify.py" line="69"/>
        <source>Scan the QR code of a certificate, or type or paste the code printed under it, then press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_verify.py" line="75"/>
        <source>Certificate code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_verify.py" line="80"/>
        <source>Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_verify.py" line="82"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_verify.py" line="121"/>
        <source>Participant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_verify.py" line="122"/>
        <source>Event:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_verify.py" line="123"/>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_verify.py" line="124"/>
        <source>Total time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_verify.py" line="125"/>
        <source>Workshops:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_verify.py" line="126"/>
        <source>Coaching:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_verify.py" line="127"/>
        <source>Serial:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_verify.py" line="128"/>
        <source>Signed with key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_verify.py" line="174"/>
        <source>No code yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_verify.py" line="175"/>
        <source>The verdict appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_verify.py" line="190"/>
        <source>Genuine, but replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_verify.py" line="193"/>
        <source>Valid certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_verify.py" line="196"/>
        <source>Not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_verify.py" line="205"/>
        <source>What it certifies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_verify.py" line="207"/>
        <source>What the code claims (NOT verified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_verify.py" line="215"/>
        <source>A genuine certificate of %1, signed with its key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_verify.py" line="220"/>
        <source>A later version (%1) was issued since: ask the holder for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_verify.py" line="225"/>
        <source>This is not a readable certificate code: a part is missing or mistyped. Scan the QR code, or compare the code letter by letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_verify.py" line="229"/>
        <source>The signature does not match: the code was altered or mistyped. Compare it letter by letter, or scan the QR code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_verify.py" line="233"/>
        <source>No event in this store signed this code: it belongs to another event, or its first letters were mistyped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_verify.py" line="236"/>
        <source>No event in this store has a key to check codes with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_verify.py" line="247"/>
        <source>presence (no timed session)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_verify.py" line="251"/>
        <source>%1 with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_verify.py" line="252"/>
        <source>personal advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/documents_verify.py" line="258"/>
        <source>%1 (version %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WaitlistPanel</name>
    <message>
        <location filename="../../catchdesk/ui/coaching_waitlist.py" line="103"/>
        <source>Waitlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_waitlist.py" line="105"/>
        <source>Waitlist topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_waitlist.py" line="106"/>
        <location filename="../../catchdesk/ui/coaching_waitlist.py" line="164"/>
        <source>All topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_waitlist.py" line="114"/>
        <source>Double-click to book this person by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_waitlist.py" line="116"/>
        <source>Take off the waitlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_waitlist.py" line="119"/>
        <source>Freed slots given to people waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_waitlist.py" line="126"/>
        <source>To rebook: their slot went to another desk&apos;s booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_waitlist.py" line="131"/>
        <source>Double-click to book this person again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/coaching_waitlist.py" line="206"/>
        <source>Waitlist (%1)</source>
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
    <name>Welcome</name>
    <message>
        <location filename="../../catchdesk/ui/welcome.py" line="285"/>
        <source>Create an event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/welcome.py" line="286"/>
        <source>A name, a date and a venue: the event&apos;s keys are created with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/welcome.py" line="294"/>
        <source>Open the demo event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/welcome.py" line="295"/>
        <source>900 fictitious participants, workshops and coaches, to try everything safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/welcome.py" line="304"/>
        <source>Import a registration export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/welcome.py" line="305"/>
        <source>Create the event, then import the CSV or Excel file of your ticketing platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/welcome.py" line="314"/>
        <source>Join an event from another machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/welcome.py" line="315"/>
        <source>From the event&apos;s hub or a join bundle, with the passphrase the organiser chose.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <location filename="../../catchdesk/ui/welcome.py" line="84"/>
        <location filename="../../catchdesk/ui/welcome.py" line="120"/>
        <source>Welcome to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/welcome.py" line="102"/>
        <source>Data folder: {place}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/welcome.py" line="126"/>
        <source>No event is prepared on this computer yet. How would you like to start?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/welcome.py" line="211"/>
        <source>Preparing the demo event: 900 people, workshops, coaches…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/welcome.py" line="233"/>
        <source>The demo event could not be prepared. {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkshopDialog</name>
    <message>
        <location filename="../../catchdesk/ui/event_setup_workshops.py" line="179"/>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_workshops.py" line="180"/>
        <source>Only people enrolled beforehand are admitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_workshops.py" line="187"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_workshops.py" line="191"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_workshops.py" line="192"/>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_workshops.py" line="193"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_workshops.py" line="196"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_workshops.py" line="197"/>
        <source>Seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_workshops.py" line="199"/>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_workshops.py" line="200"/>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkshopTable</name>
    <message>
        <location filename="../../catchdesk/ui/statistics_widgets.py" line="118"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/statistics_widgets.py" line="118"/>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/statistics_widgets.py" line="118"/>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/statistics_widgets.py" line="118"/>
        <source>Attended / capacity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkshopTableModel</name>
    <message>
        <location filename="../../catchdesk/ui/event_setup_workshops.py" line="101"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_workshops.py" line="102"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_workshops.py" line="103"/>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_workshops.py" line="104"/>
        <source>Seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_workshops.py" line="105"/>
        <source>Inside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_workshops.py" line="106"/>
        <source>Enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_workshops.py" line="107"/>
        <source>Enrolment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_workshops.py" line="108"/>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_workshops.py" line="140"/>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_workshops.py" line="140"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkshopsTab</name>
    <message>
        <location filename="../../catchdesk/ui/event_setup_workshops.py" line="275"/>
        <source>Add workshop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_workshops.py" line="276"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_workshops.py" line="277"/>
        <source>Duplicate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_workshops.py" line="278"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_workshops.py" line="305"/>
        <source>{count} workshops; {seats} seats in all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_workshops.py" line="355"/>
        <source>New workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_workshops.py" line="362"/>
        <source>Edit workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_workshops.py" line="379"/>
        <source>Duplicate workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/ui/event_setup_workshops.py" line="395"/>
        <source>Delete workshop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>run_gui</name>
    <message>
        <location filename="../../catchdesk/app.py" line="120"/>
        <source>The store cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/app.py" line="148"/>
        <source>The desk screen is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/app.py" line="149"/>
        <source>The scan field cannot take the focus: the desk screen did not load.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/app.py" line="238"/>
        <source>This event is not in the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/app.py" line="252"/>
        <source>There is no event yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/app.py" line="253"/>
        <source>This store has no event yet. To try CatchDesk, run “catchdesk demo” in a terminal; to prepare your own event, run “catchdesk event new --name NAME --date YYYY-MM-DD”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/app.py" line="264"/>
        <source>Several events match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/app.py" line="275"/>
        <source>Choose the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../catchdesk/app.py" line="276"/>
        <source>This store holds several events. Which one does this desk work on?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
