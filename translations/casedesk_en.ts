<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>Application</name>
    <message>
        <source>The application is malformed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"item" names no item or bundle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"fields" must be an object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>field "%1" must be a text, number or true/false</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"materials" must be an object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>material "%1" needs a state: missing, received, e_licence or waived</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AuditChainCheck</name>
    <message>
        <source>The audit log of this workstation has been tampered with: %1

CaseDesk keeps working and records this. Tell your IT administrator, who can run "casedeskctl verify" for details.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Recording "%1" in the audit log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a record names the user who acted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the action is not a name of lower-case words.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the object or the details are too long for an audit record.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>audit records name objects by their ids and hold no personal data such as ID, mobile or bank card numbers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the audit log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verifying the audit log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Audit record %1 was never appended: it was put into the chain afterwards.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Audit record %1 is out of order: the record here was written as record %2, and record %1 stands further on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Audit record %1 was deleted: the chain goes on with the record written as %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Audit record %1 was changed and given a new hash: record %2 holds another hash for it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Audit record 1 was changed: it does not start the chain.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Audit record %1 carries the number %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Audit record %1 is out of order: the record here was written as record %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The number of audit record %1 was changed to %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Audit record %1 was changed after it was written: it no longer matches its hash.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The last audit records, from %1 to %2, were deleted.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>%1: %2 is not a real date in the form YYYY-MM-DD: "%3".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: "source.%2" is missing; a calendar must cite the State Council notice it was taken from.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 (%3) lies outside %4; a calendar for %4 holds that year's dates and may reach back only into the last week of %5.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: "holidays" must list the year's holidays; a calendar without any would count every weekday as a working day.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 needs a name in Chinese and in English.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 ends on %3, before it starts on %4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 is listed in two holidays, %3 and %4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: "workdays" must list the make-up working days (an empty list if the notice has none).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: make-up working day %2 is for "%3", which is not one of the holidays in the file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 is listed both as a holiday (%3) and as a make-up working day.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: make-up working day %2 is a weekday; only a Saturday or a Sunday can be made a working day.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: make-up working day %2 is listed twice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The calendar file %1 is too large (%2 bytes); a year's calendar is a few kilobytes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The calendar file %1 is not valid JSON: %2 at byte %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a CaseDesk working-day calendar ("format" must be "%2").</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: "formatVersion" must be a whole number from 1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 uses calendar format version %2, but this CaseDesk reads only version %3; update CaseDesk.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: "year" must be a year such as 2026.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the calendar file %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 and %2 both hold the calendar for %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 and %2 both list %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No date was given to count working days from.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A time limit cannot be a negative number of working days (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The working-day calendar does not cover %1: the State Council's holiday arrangements for %2 are not loaded.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CaseEventText</name>
    <message>
        <source>Pre-review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Issue a correction notice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resubmit the materials</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start processing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hand over the result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Withdraw</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pre-reviewed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Correction notice issued</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Materials resubmitted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Processing started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Result handed over</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Material updated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sync conflict settled</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CaseQuery</name>
    <message>
        <source>Listing cases</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CaseStateMachine</name>
    <message>
        <source>A case in state "%1" cannot "%2".</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CaseStateText</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pre-reviewed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Correction notice issued</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resubmitted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CaseStore</name>
    <message numerus="yes">
        <source>Saving %n case(s)</source>
        <translation>
            <numerusform>Saving %n case</numerusform>
            <numerusform>Saving %n cases</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking up a case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Counting the vault's contents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recording "%1" for case %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: a reason is required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: accepting needs a receipt number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: who did it is not recorded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading case %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is signed in: a change cannot be recorded as made by %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Personal data is shown only to a signed-in user.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>field %1 of item %2 has another type than the same field in an earlier item of the bundle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The catalogue has no item or bundle "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>bundle %1 names an unknown item %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CatalogueLoader</name>
    <message>
        <source>, item %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, rule %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 needs a Chinese and an English text ("%2": {"zh": …, "en": …})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" must be a whole number of working days from 0 to 365</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>field id "%1" is missing or not a plain identifier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>field %1 has unknown type "%2"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>field %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an option of field %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>choice field %1 has no options</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>material id "%1" is missing or not a plain identifier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>material %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>material %1 has unknown form "%2" (original, copy, original-and-copy)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" names no field of this item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" names no material of this item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1": material %2 lists no recognised field "%3"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a reference (field:…, material:…, material:….fact) or {"value": …}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the rule id is missing or not a plain identifier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown rule type "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown severity "%1" (block, warning, info)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the hint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a %1 rule needs a field target ("field:…")</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a %1 rule needs a date: a field or a recognised fact of a material</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a required rule needs a field or a material target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the pattern is missing or not a valid regular expression: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown validator "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown comparison "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a comparison needs values: fields, recognised facts or literals, not whole materials</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an age rule needs a citizen-id field: the age comes from the ID number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"years" must be a whole number from 0 to 150</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a required-when rule needs a field or a material target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"when" needs "equals", "in" or "notEmpty": true</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"when" names no field of this item: "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(without code)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the item code is missing or not lower-case letters, digits, dots and hyphens</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the department</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>applicantType must be person, company or either, not "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the promised limit (%1) exceeds the legal limit (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>field %1 is defined twice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>material %1 is defined twice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the item has no fields</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the rule id is used twice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the bundle code is missing or not lower-case letters, digits, dots and hyphens</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the bundle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the bundle names an unknown item "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a bundle needs at least two items</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>example "%1" expects an unknown rule "%2"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an example needs a "name", a "reviewDate" (yyyy-MM-dd) and an "application"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>example "%1" is an application for "%2", not for this item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a CaseDesk catalogue of format version %2 ("format": "casedesk-catalogue", "formatVersion": %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the catalogue has no "version"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the item code is used twice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the catalogue has no items</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the bundle code is used twice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is too large to be a catalogue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: not valid JSON at byte %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the catalogue must be a JSON object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CitizenScreen</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Crypto</name>
    <message>
        <source>Cryptographic operation failed: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DocumentDecoder</name>
    <message>
        <source>"%1" cannot be shown: page %2 of %3 is damaged. Copy or scan it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" cannot be shown: CaseDesk does not show documents of type %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" cannot be shown: this computer has no reader for %2 images. Ask IT staff to install Qt's image format plugins.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" cannot be shown: its image data is damaged. Copy or scan it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" cannot be shown: it is not a PDF that can be opened, although it starts like one. Ask for a new copy of it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is protected by a password. Ask for a copy without a password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" cannot be shown: it has no pages.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" cannot be shown: its first page cannot be drawn. Ask for a new copy of it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DocumentImport</name>
    <message>
        <source>"%1" is %2; documents of up to %3 can be imported. Scan it at a lower resolution or split it into several documents.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" cannot be read: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is empty: there is nothing to import.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a PNG, JPEG, TIFF or PDF document, whatever its name says. Scan or save it in one of these formats.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is cut off: it starts like a %2 document but ends too early. Copy or scan it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is damaged: it starts like a %2 document but its structure is broken. Copy or scan it again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DocumentStore</name>
    <message>
        <source>%1: the document is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the document's media type is missing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Storing a document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading document %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no document %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recording material %1 of case %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: a material code is required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: a material code has at most %2 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: who did it is not recorded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: waiving a material needs a reason.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: "%2" is not the SHA-256 of a document.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: there is no case %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: there is no document %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the materials of case %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>Saving the draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading drafts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discarding the draft</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FollowUpStore</name>
    <message>
        <source>Reading the follow-ups of bad ratings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the follow-up of a bad rating</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no follow-up %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say what was done about the bad rating before closing its follow-up.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The note is %1 characters long; at most %2 can be kept. Please shorten it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This follow-up was closed already by %1; nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Closing the follow-up of a bad rating</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This follow-up was closed meanwhile; nothing was changed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HallBoard</name>
    <message>
        <source>Reading the hall's board</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a period of 1 to %1 days whose end is not before its start.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>IntakeSession</name>
    <message>
        <source>Choose a service item first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The applicant's name and a valid ID number or credit code are needed.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n finding(s) block acceptance. Resolve them, issue a correction notice, or have a supervisor override with a reason.</source>
        <translation>
            <numerusform>%n finding block acceptance. Resolve them, issue a correction notice, or have a supervisor override with a reason.</numerusform>
            <numerusform>%n findings block acceptance. Resolve them, issue a correction notice, or have a supervisor override with a reason.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing blocks acceptance: there is nothing to put on a correction notice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the applicant's name for the notice.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n item(s) to bring or correct</source>
        <translation>
            <numerusform>%n item to bring or correct</numerusform>
            <numerusform>%n items to bring or correct</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the material the document is for.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This intake is finished; open the case to add materials.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No document is attached to this material.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The supervisor must sign in to override: an id typed at the counter is not enough.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The supervisor who signed in (%1) is not the one named (%2).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>IntakeWindow</name>
    <message>
        <source>The intake could not be completed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The draft could not be resumed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name on it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ID number on it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Issued on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Credit code on it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Company name on it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a date, as 2026-11-28</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an amount in yuan, as 1280.50</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>one of a list, chosen with the arrow keys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>yes or no, chosen with the arrow keys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an 18-character citizen ID number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an 18-character unified social credit code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an 11-digit mobile number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a landline number with its area code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a 6-digit postal code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a bank card number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Required: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Optional: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How the material was brought, chosen with the arrow keys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>As read off the document; pre-review compares it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Required when the material is waived; kept with the case</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>KeychainKeyStore</name>
    <message>
        <source>The system keychain (secret service) is not available: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The system keychain holds no key for this profile.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no answer in time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>system keychain</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PassphraseKeyStore</name>
    <message>
        <source>passphrase-protected key file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no key file at %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the key file %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is too large to be a key file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write the key file %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot remove the key file %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PeriodReport</name>
    <message>
        <source>Hall report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Intake</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Acceptance rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Correction notices</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Correction-notice rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Concluded with a promised date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Concluded in time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deadline compliance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open cases on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Awaiting acceptance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In process</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>At risk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The report could not be saved to %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source> or </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>window staff</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>supervisor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>IT administrator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>view their own cases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>view their counter's cases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>view the whole hall's cases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reveal personal data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>accept cases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>override a finding that blocks acceptance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reassign cases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>second-check cases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>export data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>administer the workstation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nobody signed in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 may not %2: that needs the role of %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>follow up a bad rating</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PlatformClient</name>
    <message>
        <source>"%1" is not a platform address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refusing plain HTTP to %1: personal data must travel encrypted. Use https, or allow plain HTTP explicitly for a test network.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The platform address must use https: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The connection to the platform at %1 was refused: its certificate is not the pinned one. Nothing was sent. If the platform's certificate was renewed, update the pin.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PlatformTrust</name>
    <message>
        <source>The %1 file %2 cannot be read: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The %1 file %2 holds no PEM certificate (-----BEGIN CERTIFICATE-----).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CA certificates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The pinned platform certificate "%1" is neither a file nor a SHA-256 fingerprint (64 hexadecimal digits).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pinned certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>its certificate is not issued for the host name %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>its certificate expired on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>its certificate is not valid yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>its certificate is not signed by a trusted certification authority (add the CA with --ca-certificates)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>its certificate has been revoked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The connection to the platform at %1 was refused: %2. Nothing was sent.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PreReview</name>
    <message>
        <source>name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>valid until</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>date of issue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>credit code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>company name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>date of birth</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 does not match %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 must differ from %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 must be less than %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 must not exceed %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 must be greater than %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 must be at least %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fill in %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ask for the original of %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ask for %2 copy(ies) of %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ask for the original and %2 copy(ies) of %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 Or fetch the electronic licence.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be replaced by an electronic licence.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ask for the paper document of %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is waived without a reason.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record why %1 is waived.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%2 on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ask the applicant for %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not in the expected format.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check %1 against %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a date: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter %1 as year-month-day.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has expired (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ask for a document that is still valid.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 lies in the future (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The applicant must be at least %1 years old (is %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The applicant must be at most %1 years old (is %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check %1, or whether this item applies.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ask for %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PrintedDocument</name>
    <message>
        <source>Notice No.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dear %1:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The counter has pre-reviewed your application for %1. %2 item(s) must still be corrected or brought; all of them are listed below, at once.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Service applied for</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Counter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Issued by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date issued</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Concerning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What to bring or correct</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To correct or bring</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Please bring everything listed above at once when you come back to the counter. Nothing beyond this notice will be asked of you for this application.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Received by the applicant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One-time correction notice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Applicant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (seal)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2 (Beijing time)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The PDF could not be saved to %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The printer or the file could not be opened for printing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The printer did not take a new page.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The document could not be finished on the printer or in the file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No printer was chosen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A QR code needs a text without NUL characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The text is too long for a QR code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The QR code could not be made (error %1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1 working day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 working days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Electronic licence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waived</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Original</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Original and copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scan for the receipt number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Receipt No.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accepted by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accepted at</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Promised time limit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Promised completion date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Material</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Materials received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your application has been accepted and will be completed by %1 (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep this receipt. Quote the receipt number to ask about progress or to collect the result.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enquiries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Acceptance receipt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The receipt has no receipt number.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>The profile file %1 is damaged: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no CaseDesk profile in %1. Create one with `casedeskctl init`.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file is too large</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unsupported format %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown key store "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the profile id or key check is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProfileEraser</name>
    <message>
        <source>Cannot erase %1: %2. Nothing after it was removed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no CaseDesk profile in %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it cannot be deleted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the folder cannot be deleted</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProfileLock</name>
    <message>
        <source>The folder of the profile %1 cannot be made.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The profile %1 is in use by another program on this computer (%2, process %3). Close it first, then try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The profile %1 cannot be locked for this program: %2 cannot be written.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Protocol</name>
    <message>
        <source>The platform's message is malformed: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Rating</name>
    <message>
        <source>Very satisfied</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Satisfied</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Basically satisfied</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Very dissatisfied</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RatingStore</name>
    <message>
        <source>Recording the rating</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The reason is %1 characters long; at most %2 can be kept. Please shorten it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no case %1 in this workstation's cache to rate.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This case has been rated already; a case is rated once.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the rating</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saving a rating another counter took</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SchemaMigrator</name>
    <message>
        <source>Reading the schema version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This profile was written by a newer CaseDesk (schema version %1); this program knows schema version %2. Update CaseDesk; the profile was not touched.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Schema migration %1 (%2)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SignInService</name>
    <message>
        <source>Enter your user id.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins for %1. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many failed sign-ins for %1. Try again in %n second.</numerusform>
            <numerusform>Too many failed sign-ins for %1. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>no platform is configured</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The platform refused the sign-in: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The platform cannot be reached (%1), and %2 has not signed in online on this workstation before, so the password cannot be checked here. Sign in when the platform is back, or ask a colleague who has signed in here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The user id or the password is wrong.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>After %1 failed attempts in a row, the next one is taken in %n second(s).</source>
        <translation>
            <numerusform>After %1 failed attempts in a row, the next one is taken in %n second.</numerusform>
            <numerusform>After %1 failed attempts in a row, the next one is taken in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 signs in with a one-time code as well. Type the code your token shows now, and the password again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The one-time code is wrong, or was used already. Type the code your token shows now.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The platform cannot be reached (%1). %2 signs in with a one-time code, which only the platform can check, and the last sign-in here with the code was more than %n hour(s) ago. Sign in when the platform is back.</source>
        <translation>
            <numerusform>The platform cannot be reached (%1). %2 signs in with a one-time code, which only the platform can check, and the last sign-in here with the code was more than %n hour ago. Sign in when the platform is back.</numerusform>
            <numerusform>The platform cannot be reached (%1). %2 signs in with a one-time code, which only the platform can check, and the last sign-in here with the code was more than %n hours ago. Sign in when the platform is back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The platform holds back sign-ins for %1 after too many failed attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>The platform holds back sign-ins for %1 after too many failed attempts. Try again in %n second.</numerusform>
            <numerusform>The platform holds back sign-ins for %1 after too many failed attempts. Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignInStore</name>
    <message>
        <source>Reading the sign-in cache</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saving the sign-in cache</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the failed sign-ins</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recording a failed sign-in</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SqlCipherDriver</name>
    <message>
        <source>Error opening the database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unable to apply the key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unable to read the database (wrong key, or not a database)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Error closing the database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unable to begin a transaction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unable to commit the transaction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unable to roll back the transaction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database is not open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unable to leave WAL mode for rekeying</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unable to re-encrypt the database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unable to return to WAL mode after rekeying</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unable to start the backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unable to copy the database</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SqlCipherResult</name>
    <message>
        <source>Unable to prepare the statement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The statement is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unable to execute several statements at a time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Parameter count mismatch: the statement takes %1, %2 were bound</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Integer %1 is too large for SQLite</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot bind a value of type %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unable to bind a parameter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unable to fetch a row</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StorageError</name>
    <message>
        <source>The disk is full: %1 failed. Everything saved before is intact; free some space and try again. (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The profile is read-only: %1 failed. CaseDesk needs write access to its profile directory. (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 failed: the file is not a CaseDesk database. (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 failed: the database is damaged. Restore the profile from a backup. (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 failed: the database is in use by another program. (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 failed: the disk could not be read or written. (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SupervisorActions</name>
    <message>
        <source>%1: a reason is required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the reason is %2 characters long; at most %3 are kept. Shorten it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reassigning case %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: choose the staff member or the counter to hand it to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the case is closed; only open cases are reassigned.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the case is already with %2 at counter %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the case changed meanwhile; look at it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Second-checking case %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: only an open correction notice or a rejection is second-checked.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SyncStore</name>
    <message>
        <source>Reading the sync state</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saving the sync state</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Counting pending changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Counting changes that need attention</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading pending changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saving the platform's version of case %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recording the platform's answers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saving a page of the platform's changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the changes that need attention</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Counting receipt numbers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saving receipt numbers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Taking a receipt number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No receipt numbers are left on this workstation. Connect to the platform to reserve more.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading documents to send</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading a document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recording an upload</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Settling a change that needs attention</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: who did it is not recorded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: it was settled already.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only a state change that clashed with the platform's can be sent again; this one can only be set aside.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Staging the hall's cases for the first pull</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Moving the hall's cases from the first pull into the case list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the vault has a row it clashes with</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Validators</name>
    <message>
        <source>Characters 7 to 14 are the birth date (yyyyMMdd); compare them with the ID card.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No citizen ID number was entered.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the 18-character number on the ID card.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is a 15-digit first-generation ID number; such cards are no longer valid.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ask for the current 18-character resident ID card.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A citizen ID number has 18 characters; this one has %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy all 18 characters again from the ID card.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A citizen ID number is 17 digits followed by a digit or X.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Look for letters or symbols typed by mistake; only the last character may be X.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The number starts with %1, which is not a province code (GB/T 2260).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The first two digits stand for the province; compare them with the ID card.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The birth date %1 in the number does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The birth date %1 in the number is before 1890.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The birth date %1 in the number is in the future.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The last character does not match the first 17 (ISO 7064 MOD 11-2 check).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A character is probably mistyped or two are swapped; compare the whole number with the ID card.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The region code %1 is not in the current list of counties.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Older cards may carry a code that has since been replaced; compare the number with the ID card.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shorten it to %1 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not a number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter digits only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not one of the listed options</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose one of the options.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>neither yes nor no</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Answer yes or no.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compare the code with the business licence or registration certificate.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No unified social credit code was entered.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the 18-character code on the business licence or registration certificate.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A unified social credit code has 18 characters; this one has %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy all 18 characters again from the licence or certificate.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The character %1 does not occur in unified social credit codes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The code uses digits and capital letters other than I, O, S, V and Z: an O is probably the digit 0, an I the digit 1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The first character, %1, is not a registration authority code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The first character is 1 to 9, A, N or Y; compare the code with the licence or certificate.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The second character, %1, is not an organisation type of registration authority %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Characters 3 to 8 are a region code of six digits, not %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The last character does not match the first 17 (GB 32100 check).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A character is probably mistyped or two are swapped; compare the whole code with the licence or certificate.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Characters 9 to 17 fail the organisation code check (GB 11714).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No bank card number was entered.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the number printed on the bank card.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A bank card number holds only digits, spaces and hyphens.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the letters and other symbols.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A bank card number has 16 to 19 digits; this one has %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy all digits again from the card.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The last digit does not match the others (Luhn check).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A digit is probably mistyped or two are swapped; compare the whole number with the card.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No date was entered.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the date, e.g. 2024-03-05.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a date in a recognised form.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write the date as 2024-03-05, 2024/03/05 or 2024年3月5日.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The date %1 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the month and the day: February has 29 days only in leap years.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The date %1 is after today, %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This date cannot be in the future; check the year.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The date %1 is before today, %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This date cannot be in the past; check the year.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A mainland mobile number has 11 digits; this one has %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Count the digits again; a landline number belongs in the landline field.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No mobile number was entered.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the 11-digit mobile number, e.g. 138 0013 8000.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A mobile number holds only digits, spaces, hyphens and a +86 in front.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only mainland numbers (+86) are accepted as mobile numbers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter an 11-digit mainland mobile number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A mainland mobile number starts with 13 to 19, not with %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the first digits; a landline number belongs in the landline field.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No landline number was entered.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the area code and the number, e.g. 010-65123456.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An extension has 1 to 6 digits, not "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write the extension after 转, e.g. 转123.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A landline number holds only digits, spaces, hyphens, parentheses and an extension.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the letters and other symbols; write an extension after 转.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is a mobile number, not a landline number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter it in the mobile number field.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The number does not start with an area code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write the area code first, starting with 0: 010-65123456, 0755-86013388.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>After the area code %1 comes a number of 7 or 8 digits not starting with 0 or 1, not "%2".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the digits after the area code; write an extension after 转.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The first two digits stand for the province; check them against the address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No postal code was entered.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the six-digit postal code, e.g. 100010.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A postal code is six digits, not "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the six digits only, e.g. 100010.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>000000 is not a postal code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the postal code of the address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mainland postal codes start with 01 to 86; this one starts with %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No province uses postal codes starting with %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No amount was entered.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the amount in yuan, e.g. 1234.56.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the amount without a minus sign.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not an amount in yuan.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write digits with at most two decimals, e.g. 1,234.56 or ¥1234.56.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An amount in yuan has at most two decimals (fen); this one has %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Round the amount to the fen, e.g. 12.35.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The amount exceeds 1,000,000,000,000 yuan.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the number of digits.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <source>%1 is not a CaseDesk database (%2). It was not changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The profile in %1 has no database file (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The profile in %1 is read-only. CaseDesk needs to write to its profile directory; check the permissions or the disk.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it is an unencrypted SQLite database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>its size does not fit an encrypted database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opening the vault</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Configuring the vault</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A CaseDesk profile already exists in %1; it was left as it is.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot create the profile directory %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This profile keeps its key in the %1, not in the %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>system keychain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>passphrase-protected key file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The key in the %1 does not belong to this profile's database. The database was not changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it does not open with this profile's key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it belongs to another program</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checking the database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Row %1 of table %2 points at a missing row of %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WrappedKey</name>
    <message>
        <source>The key file is damaged: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unsupported key-derivation cost: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The passphrase must not be empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not a CaseDesk key file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown format version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>implausible key-derivation cost %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The passphrase is wrong (or the key file was altered).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>casedesk::AboutDialog</name>
    <message>
        <source>About CaseDesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;h2&gt;CaseDesk %1&lt;/h2&gt;&lt;p&gt;The counter workstation of the government service hall.&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;Qt&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;SQLCipher&lt;/td&gt;&lt;td&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;SQLite&lt;/td&gt;&lt;td&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close this window</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>casedesk::BoardCountModel</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>⚠ %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✕ %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Awaiting acceptance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In process</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>At risk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>casedesk::CaseDetailDialog</name>
    <message>
        <source>The case could not be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The materials could not be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Receipt number:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Service item(s):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Applicant:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Promised completion:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Taken in at:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Materials</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pre-review findings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What happened to the case, oldest first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The materials and their documents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What pre-review found, and the correction notices</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Material</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter shows the selected material's document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>View document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>At the counter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>By post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Electronically</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Handed over:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How the result is handed over</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hand over the result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close the case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(not in this workstation's cache)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, ID %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, credit code %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, mobile %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No promised date recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set when the case is accepted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Promised by %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Promised by %1 (the working-day calendar does not reach that far)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Promised by %1 — overdue by %n working day(s)</source>
        <translation>
            <numerusform>Promised by %1 — overdue by %n working day</numerusform>
            <numerusform>Promised by %1 — overdue by %n working days</numerusform>
        </translation>
    </message>
    <message>
        <source>Promised by %1 — overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Promised by %1 — due today</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Promised by %1 — %n working day(s) left</source>
        <translation>
            <numerusform>Promised by %1 — %n working day left</numerusform>
            <numerusform>Promised by %1 — %n working days left</numerusform>
        </translation>
    </message>
    <message>
        <source>(not yet accepted)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Counter %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Counter %1, by %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1; accepted %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>receipt number %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>promised by %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>handed over: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>stood in by an electronic licence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>waived</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this workstation's change (%1) set aside; the platform's version kept</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reason: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>supervisor override by %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sent again after a sync conflict</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stood in by an electronic licence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waived</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waived: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (required)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>scan in the vault (%1…)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Blocks acceptance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For information</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — pre-review at "%2" by %3: %4 blocking, %5 warning(s), %6 for information</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing found.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — accepted despite blocking findings: supervisor %2, reason: %3</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 — correction notice %2 by %3: %n item(s) to bring or correct</source>
        <translation>
            <numerusform>%1 — correction notice %2 by %3: %n item to bring or correct</numerusform>
            <numerusform>%1 — correction notice %2 by %3: %n items to bring or correct</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No pre-review was recorded for this case.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The case could not be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The result was handed over already.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The case has ended (%1): there is no result to hand over.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Processing has not started yet: the result can be handed over once the case is in progress.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The case has not been accepted yet: there is no result to hand over.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record that the applicant has the result; the case is then completed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the selected material's document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No document is attached to the selected material</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hand over the result?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hand over the result of case %1 to %2 (%3)? The case is then completed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The hand-over was not recorded: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No document is attached to this material.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mask personal data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show personal data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mask the applicant's ID number, name and mobile again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the applicant's ID number, name and mobile unmasked; this is recorded in the audit log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The personal data stays masked: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>At the counter, by post or electronically; recorded with the hand-over</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>casedesk::CaseListModel</name>
    <message>
        <source>(not yet accepted)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (ID …%2)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n working day(s) left</source>
        <translation>
            <numerusform>%n working day left</numerusform>
            <numerusform>%n working days left</numerusform>
        </translation>
    </message>
    <message>
        <source>Due soon (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Receipt number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Applicant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Service item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Counter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last change</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>casedesk::CitizenScreen</name>
    <message>
        <source>CaseDesk — for the applicant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Welcome. The staff member will be with you shortly.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Materials received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Materials still missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How satisfied are you with this service? Please choose one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Reason (optional):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tell us why, if you like</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Submit rating</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thank you for your rating!</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your application is being taken in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✓ Your application has been accepted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Some materials need to be brought or corrected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choosing the service item…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Item: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Applicant: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>None yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✓ Nothing is missing</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>If accepted today, it will be done by %1 (%n working day(s))</source>
        <translation>
            <numerusform>If accepted today, it will be done by %1 (%n working day)</numerusform>
            <numerusform>If accepted today, it will be done by %1 (%n working days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Promised completion date: %1 (%n working day(s))</source>
        <translation>
            <numerusform>Promised completion date: %1 (%n working day)</numerusform>
            <numerusform>Promised completion date: %1 (%n working days)</numerusform>
        </translation>
    </message>
    <message>
        <source>Receipt number: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose this rating, then submit it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Optional: why you chose this rating; Enter submits it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send your rating to the service hall</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>casedesk::ConflictsDialog</name>
    <message>
        <source>Change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Receipt number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Promised by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changed by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changed at</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Counter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Applicant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Material</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Material state</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Platform's answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>based on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changes that need attention</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The platform did not take these changes as they were. Nothing is lost: compare this workstation's version with the platform's, then keep the platform's or send yours again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Noticed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This workstation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Both versions, side by side</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep the platform's version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send mine again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close the list; what is left stays on it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The list could not be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clashed with a change on the platform</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refused by the platform: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing needs attention.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>case …%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refused: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (differs)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a change first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The platform refused this change outright: sent again, it would be refused again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only a change of state can be sent again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The case is not in this workstation's cache.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The case is now "%1": "%2" is not possible any more.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set the refused change aside: the platform's decision stands</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The case keeps the platform's version (it shows it already); this change is set aside</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Make this workstation's change again on the platform's version, and send it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not settled: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the platform's version is kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: this workstation's change is made again and will be sent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 Nothing else needs attention.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reassigned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow-up of a bad rating closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The arrow keys choose a change; both its versions show in the list below</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Field by field, this workstation's version and the platform's; a field that differs says so</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>casedesk::DeadlineBoardModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Working days left (due)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Receipt number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Service item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Counter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Applicant</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>casedesk::DocumentDialog</name>
    <message>
        <source>Close the document</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>casedesk::DocumentViewer</name>
    <message>
        <source>Page %1 of "%2" cannot be shown.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1", page %2 of %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fit width</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rotate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Previous page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The page shown; the arrow keys scroll it, Page Up and Page Down turn the pages</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>casedesk::DraftsDialog</name>
    <message>
        <source>(no applicant yet)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (ID …%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unfinished intakes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Applicant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Service item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter resumes the selected intake; Delete discards it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Continue the selected intake</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discard the selected intake</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The drafts could not be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No unfinished intakes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no item chosen)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discard the intake?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discard the unfinished intake for %1? What was typed for it cannot be brought back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The draft could not be discarded: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close the list; the drafts are kept</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>casedesk::FollowUpModel</name>
    <message>
        <source>✕ Overdue since %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no reason given)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(not yet accepted)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow up by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Citizen's reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Receipt number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Service item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Counter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>casedesk::IntakeWindow</name>
    <message>
        <source>(choose)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Electronic licence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waived (give a reason)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why it is waived</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>original</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n copy(ies)</source>
        <translation>
            <numerusform>%n copy</numerusform>
            <numerusform>%n copies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>original and %n copy(ies)</source>
        <translation>
            <numerusform>original and %n copy</numerusform>
            <numerusform>original and %n copies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Born %1, %n year(s) old, %2</source>
        <translation>
            <numerusform>Born %1, %n year old, %2</numerusform>
            <numerusform>Born %1, %n years old, %2</numerusform>
        </translation>
    </message>
    <message>
        <source>male</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>female</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unified social credit code is well-formed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✕ Blocks acceptance (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>⚠ Warnings (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ℹ For information (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✓ Nothing found: the application can be accepted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Intake — %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New intake</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Applicant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Person (citizen ID)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Company or organisation (credit code)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Citizen &amp;ID number:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Credit &amp;code:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Company name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mobile number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Applicant type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Citizen ID number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Applicant's name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Applicant's mobile number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Service item or bundle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type a name or code, e.g. 公积金 or gjj.withdrawal, then Enter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find a service item</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 — department: %2 — promised within %n working day(s)</source>
        <translation>
            <numerusform>%1 — department: %2 — promised within %n working day</numerusform>
            <numerusform>%1 — department: %2 — promised within %n working days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in one visit</source>
        <translation>
            <numerusform>%n item in one visit</numerusform>
            <numerusform>%n items in one visit</numerusform>
        </translation>
    </message>
    <message>
        <source>No item chosen yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Materials</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pre-review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason (recorded with the case)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accept and print receipt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accept the case with a receipt number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One-time correction notice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record the case and print everything still needed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drafts are also saved as you type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close; the draft is kept (Esc)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attach…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import a scan or file (PNG, JPEG, TIFF or PDF), or drop it on this row</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attach a document for %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>View the document for %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No document attached</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drop one file per material: a multi-page PDF or TIFF holds several pages.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attach a document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scans and documents (*.png *.jpg *.jpeg *.tif *.tiff *.pdf);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Supervisor override</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a supervisor: only a supervisor may allow an override.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accept despite blocking findings: a supervisor signs in here with their own password; their id and the reason are recorded with the case.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Supervisor &amp;signs in…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The supervisor enters their user id and password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overrides cannot be given at this window</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Allowed by %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No supervisor has signed in yet.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n items match "%1": choose one with the arrow keys and Enter.</source>
        <translation>
            <numerusform>%n item matches "%1": choose it with the arrow keys and Enter.</numerusform>
            <numerusform>%n items match "%1": choose one with the arrow keys and Enter.</numerusform>
        </translation>
    </message>
    <message>
        <source>Why %1 is waived</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A person or a company: it sets which ID number is asked for</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The 18 characters on the resident ID card, checked as you type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The 18 characters on the business licence, checked as you type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>As on the ID card</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>As on the business licence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For the message when the case is done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The applicant, the service item, the form and the materials; Enter in a field moves on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Part of a name or a code, then Enter; the arrow keys choose among several</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What pre-review found; Enter on a finding goes to its field or material</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tick to accept despite blocking findings: a supervisor signs in and a reason is recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason for the override</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Required for the override; kept with the case and the supervisor's id</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>casedesk::MainWindow</name>
    <message>
        <source>CaseDesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About CaseDesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CaseDesk — TRAINING</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TRAINING MODE — synthetic hall, nothing here is real — 培训模式</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New intake…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Take in a new application</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the selected case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search by receipt number, applicant name or last ID digits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send and fetch changes now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search: receipt number, applicant name, last 4 ID digits (Ctrl+F)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search cases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>My cases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>My counter's queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Whole hall</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Which cases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All states</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All service items</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Service item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any deadline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 at counter %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Unfinished intakes…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resume or discard an intake saved as a draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Large text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text at least 18 pt and large controls, for the elderly-assist counter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Black on white with a strong focus ring</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Citizen screen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the applicant the intake in large type and take their rating, on a second monitor when there is one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Read aloud</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read out the current step, the selected finding and the promised date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Simplified intake</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New intakes ask one question per screen, with large Next and Back buttons (kept for this counter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Lock the screen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hide every window until you sign in again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>End your session; the next user signs in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Supervisor &amp;desk…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The hall's queue, deadlines, workload and figures, and the supervisor's actions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finds cases as you type; Enter goes to the first one in the list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your own cases, your counter's queue or the whole hall</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shows only the cases in this state</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shows only the cases of this service item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter opens the selected case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Needs &amp;attention…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changes the platform did not take as they were, with both versions, to settle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due soon or overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shows only the open cases due today or on the next working day, or overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Taken in: any time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Taken in today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Taken in the last 7 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Taken in this month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Taken in: choose dates…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Taken in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Taken in from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The first day the cases were taken in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Taken in until</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The last day the cases were taken in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shows only the cases taken in on these days (Beijing time), newest taken in first</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>casedesk::PassphraseDialog</name>
    <message>
        <source>Protect this workstation's data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unlock CaseDesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No system keychain is available on this computer, so the key that encrypts this workstation's data will be sealed with a passphrase. Choose one of at least %1 characters and keep it safe: without it the data cannot be opened.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This workstation's data is sealed with a passphrase. Enter it to continue.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The passphrase needs at least %1 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Seal the key to this workstation's data with the passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open this workstation's data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quit CaseDesk; nothing is changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>At least %1 characters; without it the data cannot be opened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The passphrase that seals this workstation's data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The same passphrase again, to rule out a typing mistake</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>casedesk::PrintOutcomeDialog</name>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chinese</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chinese and English</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Printed language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Printed &amp;language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print on the counter's printer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save as a PDF file to send or archive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sent to %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not printed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Printing failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1

The case is saved; try again or choose another printer or folder.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>&lt;h2&gt;Accepted: %1&lt;/h2&gt;&lt;p&gt;%2 — %3&lt;/p&gt;&lt;p&gt;Promised by %4 (%n working day(s)).&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;h2&gt;Accepted: %1&lt;/h2&gt;&lt;p&gt;%2 — %3&lt;/p&gt;&lt;p&gt;Promised by %4 (%n working day).&lt;/p&gt;</numerusform>
            <numerusform>&lt;h2&gt;Accepted: %1&lt;/h2&gt;&lt;p&gt;%2 — %3&lt;/p&gt;&lt;p&gt;Promised by %4 (%n working days).&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Acceptance receipt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;h2&gt;One-time correction notice %1&lt;/h2&gt;&lt;p&gt;%2 — %3&lt;/p&gt;&lt;ol&gt;%4&lt;/ol&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One-time correction notice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The language the paper is printed in</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>casedesk::ReadAloud</name>
    <message>
        <source>Step: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Selected finding: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Promised completion date: %1, %n working day(s).</source>
        <translation>
            <numerusform>Promised completion date: %1, %n working day.</numerusform>
            <numerusform>Promised completion date: %1, %n working days.</numerusform>
        </translation>
    </message>
    <message>
        <source>Read-aloud is not available: no speech engine is installed on this computer (for example speech-dispatcher with a Chinese voice). Everything else works as usual.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>casedesk::ReasonDialog</name>
    <message>
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why — it is kept with the case and in the audit log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✕ %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give a reason: it is kept with the case and in the audit log.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The reason is %1 characters long; at most %2 are kept. Shorten it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Required: why you decide so. Tab moves on to OK</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record the decision with its reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close without a change</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>casedesk::ScreenLock</name>
    <message>
        <source>🔒 Locked. Sign in to carry on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CaseDesk — locked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in again in the unlock dialog to carry on</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>casedesk::SecondCheckModel</name>
    <message>
        <source>✓ Second-checked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>○ To check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Second check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Receipt number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Service item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Counter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notice or rejection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Applicant</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>casedesk::SignInDialog</name>
    <message>
        <source>Enter your user id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter your password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in to CaseDesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in with your own user id and password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CaseDesk is locked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The screen was locked. %1 signs in again to carry on; another user signing in ends %1's session (unfinished intakes are kept as drafts).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Supervisor sign-in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A supervisor signs in here to allow accepting despite blocking findings. The override is recorded under the supervisor's id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Allow</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;User id:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the user id and password and start work</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quit CaseDesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Carry on; another user signing in here ends the locked session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Allow the override under the supervisor's id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close without allowing the override</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your own user id; Enter moves on to the password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The password of that user id; Enter signs in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One-time &amp;code:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only if your account has a token</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One-time code</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The %n digits your token shows now, for an account with a second factor; leave it empty otherwise. Enter signs in</source>
        <translation>
            <numerusform>The %n digit your token shows now, for an account with a second factor; leave it empty otherwise. Enter signs in</numerusform>
            <numerusform>The %n digits your token shows now, for an account with a second factor; leave it empty otherwise. Enter signs in</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casedesk::SimplifiedIntakeWindow</name>
    <message>
        <source>Simplified intake</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>◀ Back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The previous question (Alt+Left)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next ▶</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The next question (Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Correction notice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tell the applicant everything missing at once (Ctrl+Shift+Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✓ Accept</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accept the application (Ctrl+Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pre-review: accept, or tell the applicant what is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pre-review findings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who is applying?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A company or organisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The applicant's ID number (or credit code)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From the resident ID card, or the company's unified social credit code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The applicant's name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>As on the ID card or the business licence.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The applicant's mobile number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For the message when the case is done.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What does the applicant want to do?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the service item with the arrow keys.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Service items</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (one thing, several items)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(choose)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>If it does not apply, leave it empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Has the applicant brought: %1?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only needed in some cases.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Electronic licence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waived (give a reason)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why it is waived</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Please enter the applicant's name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Please choose a service item.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✓ Nothing found: the application can be accepted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What pre-review found; Ctrl+Enter accepts, Ctrl+Shift+Enter gives a correction notice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A person or a company, chosen with the arrow keys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The arrow keys choose the item; Enter goes on</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>casedesk::SupervisorDesk</name>
    <message>
        <source>%1 (ID …%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(not yet accepted)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✕ Overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>⚠ At risk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✓ On track</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n working day(s) overdue</source>
        <translation>
            <numerusform>%n working day overdue</numerusform>
            <numerusform>%n working days overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n working day(s) left</source>
        <translation>
            <numerusform>%n working day left</numerusform>
            <numerusform>%n working days left</numerusform>
        </translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Counter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Service item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export the report as PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✓ The report was saved to %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export the report as CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Supervisor desk — TRAINING</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Supervisor desk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TRAINING MODE — synthetic hall, nothing here is real — 培训模式</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Deadlines</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Second &amp;check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Workload</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bad &amp;ratings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reassign…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Confirm…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overturn…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close follow-up…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export PDF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hand the selected case to another staff member or counter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Confirm the selected correction notice or rejection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overturn the selected correction notice or rejection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record what was done about the selected bad rating</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read the board again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cases by deadline, overdue first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Correction notices and rejections to second-check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Workload per staff member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Workload per counter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open cases by state</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open cases by service item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bad ratings to follow up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Intake per day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Intake, acceptances and correction notices per day; the figures are also above the charts and in the exported report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rates per day (%)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Acceptance rate, correction-notice rate and deadline compliance per day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The period's figures</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — the hall on %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open: %1 · awaiting acceptance: %2 · in process: %3 · ⚠ at risk: %4 · ✕ overdue: %5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No bad ratings to follow up.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No bad ratings to follow up: this workstation keeps no ratings yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bad &amp;ratings (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 to %2 — today's intake: %3 · intake: %4 · acceptance rate: %5 · correction-notice rate: %6 · deadline compliance: %7 (%8 of %9 concluded in time)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Intake</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Correction notices</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Acceptance rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Correction-notice rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deadline compliance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a case in the list first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(keep as it is)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reassign a case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hand case %1 to another staff member or counter.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Staff member:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;ounter:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✓ Case %1 is now with %2 at counter %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a correction notice or rejection in the list first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Confirm after a second check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overturn after a second check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Confirm the decision on case %1 (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overturn the decision on case %1 (%2): the counter takes the case up again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✓ The decision on case %1 is confirmed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✓ The decision on case %1 is overturned.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a bad rating in the list first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close a follow-up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What was done about the bad rating of case %1?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✓ The follow-up of case %1 is closed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hall report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Figures</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2 of %3 concluded in time)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Day by day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Concluded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Awaiting acceptance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In process</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>At risk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open cases on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hall report %1 to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The hall's open cases, the nearest to or past their promised date first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open cases per counter, staff member, state and service item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bad ratings whose follow-up is still open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the period's report as a PDF file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the period's report as a CSV file for Excel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>With the working days left; Enter reassigns the selected case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 confirms the selected decision, %2 overturns it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The citizen's rating and reason; record what was done about the selected one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For each, the open cases: awaiting acceptance, in process, at risk and overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The days the figures, the charts and the report cover</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Whom to hand the case to: choose, or type a staff id not in the list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Which counter takes the case: choose, or type one not in the list</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>casedesk::SyncStatusWidget</name>
    <message>
        <source>● Online</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>○ Not yet synced</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>◐ Syncing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✕ Offline — working from the local cache</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>⚠ Sign in again to sync</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n change(s) to send</source>
        <translation>
            <numerusform>%n change to send</numerusform>
            <numerusform>%n changes to send</numerusform>
        </translation>
    </message>
    <message>
        <source>Last sync %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Needs attention: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changes the platform did not take as they were; open the list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changes that need attention</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>casedeskctl</name>
    <message>
        <source>This profile's key is sealed with a passphrase: pass --passphrase-stdin and write the passphrase to standard input.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This profile keeps its key in the system keychain; --passphrase-stdin does not apply.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>casedeskctl: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No secret service (system keychain) answers on this session. Protect the key with a passphrase instead: casedeskctl init --passphrase-stdin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created profile %1 (schema version %2, key in the %3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>profile id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>schema version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (this program: %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>key store</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>encryption</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SQLCipher %1 on SQLite %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>applicants</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>documents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>case events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pending ops</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>fault: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>casedeskctl: the vault has %n fault(s).</source>
        <translation>
            <numerusform>casedeskctl: the vault has %n fault.</numerusform>
            <numerusform>casedeskctl: the vault has %n faults.</numerusform>
        </translation>
    </message>
    <message>
        <source>ok: database integrity verified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The vault is now encrypted under a new key, kept in the %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Seeded %1 synthetic cases before the failure.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Seeded %1 synthetic cases.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CaseDesk vault tool for IT staff and scripts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print the version of CaseDesk and its engines.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use the profile in DIR (default: %1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep the key in a passphrase-sealed file; read the passphrase from stdin.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>seed: how many cases to write.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>seed: random seed (default: time based).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>backup needs --passphrase-stdin: the copy's key is sealed with that passphrase (for a passphrase profile, its own).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backed up %1 to %2; the copy opens with the passphrase.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>restore needs --passphrase-stdin: the backup's passphrase.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restored %1 as %2 (key in the %3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: version %2, %3 items, %4 bundles, structure sound.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>example "%1" of %2:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  expected %1, which found nothing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  %1 blocks acceptance, but was not expected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2 examples behave as expected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a JSON application: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>validate knows id, uscc, mobile and bankcard, not "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>valid: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>valid, with a warning (%1): %2 %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>invalid (%1): %2 %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>review: use this catalogue file, not the bundled one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>review, validate: the day of review (default: today).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>deadline: the day of acceptance.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>deadline: the time limit in working days.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>see the list below</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>give a command; see casedeskctl --help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown command "%1"; see casedeskctl --help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>wrong number of arguments for "%1"; see casedeskctl --help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--date needs a date as YYYY-MM-DD</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the catalogue command is: catalogue check FILE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>deadline needs --from YYYY-MM-DD and --days N</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--passphrase-stdin given, but standard input held no passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>seed needs --cases N with N &gt; 0</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--seed needs a non-negative integer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>casedeskctl: signing in to %1 failed: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sync: the platform's address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sync: the user to sign in as.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sync: allow plain HTTP to a host other than loopback.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sync needs --platform URL and --user USER</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>audit log, record %1 %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>ok: audit chain of %n record(s) verified</source>
        <translation>
            <numerusform>ok: audit chain of %n record verified</numerusform>
            <numerusform>ok: audit chain of %n records verified</numerusform>
        </translation>
    </message>
    <message>
        <source>sync: also trust the CA certificates in FILE (PEM).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sync: accept only this platform certificate (PEM file or SHA-256 fingerprint).</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>casedeskctl: %n change(s) in this profile have not reached the platform and would be lost. Run "casedeskctl sync" first, or pass --discard-unsent to remove the profile all the same.</source>
        <translation>
            <numerusform>casedeskctl: %n change in this profile has not reached the platform and would be lost. Run "casedeskctl sync" first, or pass --discard-unsent to remove the profile all the same.</numerusform>
            <numerusform>casedeskctl: %n changes in this profile have not reached the platform and would be lost. Run "casedeskctl sync" first, or pass --discard-unsent to remove the profile all the same.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed profile %1: its key is forgotten and its %n file(s) overwritten and deleted.</source>
        <translation>
            <numerusform>Removed profile %1: its key is forgotten and its %n file overwritten and deleted.</numerusform>
            <numerusform>Removed profile %1: its key is forgotten and its %n files overwritten and deleted.</numerusform>
        </translation>
    </message>
    <message>
        <source>remove: remove even changes not yet sent to the platform.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sync: the code the user's token shows, for an account with a second factor.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>casedeskctl: give the code the user's token shows with --one-time-code CODE.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Commands (vault):
  init               create a profile with a new random key
  status             schema version, key store in use, counts
  verify             check the database's integrity and the audit chain; non-zero
                     exit on any fault, naming the audit record where it breaks
  rekey              re-encrypt the vault under a new random key
  seed --cases N     write N synthetic cases (fake applicants) in batches
  backup DEST        copy the profile, consistently, to DEST with its key sealed
                     by the passphrase on stdin (--passphrase-stdin)
  restore BACKUP     make the profile from a backup (passphrase on stdin); the
                     key goes to the system keychain when one answers
  sync --platform URL --user U [--one-time-code CODE]
                     one full round with the platform (push, upload, pull);
                     the password on stdin (after the passphrase, if any);
                     the token's code for an account with a second factor;
                     a JSON summary: pushed, pulled, conflicts, errors
  conflicts          the changes the platform did not take (needs attention)
  remove             forget the profile's key, then overwrite and delete its files;
                     refused while changes have not reached the platform, unless
                     --discard-unsent

Commands (pre-review; no profile needed):
  validate KIND VALUE          check a value; KIND: id, uscc, mobile, bankcard;
                               exit 0 valid, 1 invalid, the reason on stdout
  review FILE.json             pre-review an application: findings as JSON;
                               exit 0 when nothing blocks, 1 when something does
  deadline --from D --days N   the due date N working days after D
  catalogue check FILE         check a catalogue file and run its examples

Exit codes:
  0  success
  1  a check found a fault, or another failure
  2  bad command line
  3  wrong passphrase or wrong key
  4  the file is not a CaseDesk database
  5  the profile was written by a newer CaseDesk
  6  the profile is read-only
  7  disk full or another I/O error
  8  no secret service answers (use --passphrase-stdin)
  9  no profile in that directory (or, for init and restore, one exists already)
  10 the profile's files are damaged
  11 another program (the workstation, another casedeskctl) has the profile open
     for changes: sync, seed, rekey, restore and remove wait for it to close
</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>CaseDesk counter workstation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use the profile in DIR (default: %1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CaseDesk cannot open its data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Work with the platform at URL (without it: training mode).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in as USER.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Allow plain HTTP to a platform that is not on this computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CaseDesk cannot start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Training mode cannot start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signing in failed</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n unfinished intake(s): Ctrl+Shift+N to resume.</source>
        <translation>
            <numerusform>%n unfinished intake: Ctrl+Shift+N to resume.</numerusform>
            <numerusform>%n unfinished intakes: Ctrl+Shift+N to resume.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log has been tampered with</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Also trust the CA certificates in FILE (PEM) for the platform.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accept only this platform certificate: a PEM file, or the SHA-256 fingerprint of the certificate or its public key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CaseDesk is already open</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>