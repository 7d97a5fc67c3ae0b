<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting the vault&apos;s contents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Crypto</name>
    <message>
        <source>Cryptographic operation failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeychainKeyStore</name>
    <message>
        <source>The system keychain (secret service) is not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain holds no key for this profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system keychain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseKeyStore</name>
    <message>
        <source>passphrase-protected key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no key file at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the key file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to be a key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the key file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove the key file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>The profile file %1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no CaseDesk profile in %1. Create one with `casedeskctl init`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported format %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key store &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile id or key check is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchemaMigrator</name>
    <message>
        <source>Reading the schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile was written by a newer CaseDesk (schema version %1); this program knows schema version %2. Update CaseDesk; the profile was not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema migration %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlCipherDriver</name>
    <message>
        <source>Error opening the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to apply the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to read the database (wrong key, or not a database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error closing the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to begin a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to commit the transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to roll back the transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to leave WAL mode for rekeying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to re-encrypt the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to return to WAL mode after rekeying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to start the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to copy the database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlCipherResult</name>
    <message>
        <source>Unable to prepare the statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to execute several statements at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter count mismatch: the statement takes %1, %2 were bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integer %1 is too large for SQLite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot bind a value of type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to bind a parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to fetch a row</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StorageError</name>
    <message>
        <source>The disk is full: %1 failed. Everything saved before is intact; free some space and try again. (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile is read-only: %1 failed. CaseDesk needs write access to its profile directory. (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: the file is not a CaseDesk database. (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: the database is damaged. Restore the profile from a backup. (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: the database is in use by another program. (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: the disk could not be read or written. (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <source>%1 is not a CaseDesk database (%2). It was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile in %1 has no database file (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile in %1 is read-only. CaseDesk needs to write to its profile directory; check the permissions or the disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is an unencrypted SQLite database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its size does not fit an encrypted database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuring the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CaseDesk profile already exists in %1; it was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the profile directory %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile keeps its key in the %1, not in the %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passphrase-protected key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key in the %1 does not belong to this profile&apos;s database. The database was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not open with this profile&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it belongs to another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 of table %2 points at a missing row of %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WrappedKey</name>
    <message>
        <source>The key file is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported key-derivation cost: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a CaseDesk key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>implausible key-derivation cost %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is wrong (or the key file was altered).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::AboutDialog</name>
    <message>
        <source>About CaseDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;CaseDesk %1&lt;/h2&gt;&lt;p&gt;The counter workstation of the government service hall.&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;Qt&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;SQLCipher&lt;/td&gt;&lt;td&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;SQLite&lt;/td&gt;&lt;td&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::MainWindow</name>
    <message>
        <source>CaseDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About CaseDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;This workstation&lt;/h2&gt;&lt;table cellpadding=4&gt;&lt;tr&gt;&lt;td&gt;Profile&lt;/td&gt;&lt;td&gt;%1&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Key kept in&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Schema version&lt;/td&gt;&lt;td&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Cases in the local cache&lt;/td&gt;&lt;td&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Changes waiting to be sent&lt;/td&gt;&lt;td&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local cache open and encrypted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::PassphraseDialog</name>
    <message>
        <source>Protect this workstation&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock CaseDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available on this computer, so the key that encrypts this workstation&apos;s data will be sealed with a passphrase. Choose one of at least %1 characters and keep it safe: without it the data cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workstation&apos;s data is sealed with a passphrase. Enter it to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase needs at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedeskctl</name>
    <message>
        <source>This profile&apos;s key is sealed with a passphrase: pass --passphrase-stdin and write the passphrase to standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile keeps its key in the system keychain; --passphrase-stdin does not apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>casedeskctl: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret service (system keychain) answers on this session. Protect the key with a passphrase instead: casedeskctl init --passphrase-stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created profile %1 (schema version %2, key in the %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (this program: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLCipher %1 on SQLite %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applicants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending ops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fault: %1</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is now encrypted under a new key, kept in the %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seeded %1 synthetic cases before the failure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seeded %1 synthetic cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CaseDesk vault tool for IT staff and scripts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the version of CaseDesk and its engines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the profile in DIR (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the key in a passphrase-sealed file; read the passphrase from stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed: how many cases to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed: random seed (default: time based).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>casedeskctl: give exactly one command; see casedeskctl --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>casedeskctl: --passphrase-stdin given, but standard input held no passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>casedeskctl: seed needs --cases N with N &gt; 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>casedeskctl: --seed needs a non-negative integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>casedeskctl: unknown command &quot;%1&quot;; see casedeskctl --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup needs --passphrase-stdin: the copy&apos;s key is sealed with that passphrase (for a passphrase profile, its own).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up %1 to %2; the copy opens with the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore needs --passphrase-stdin: the backup&apos;s passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 as %2 (key in the %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init | status | verify | rekey | seed | backup DEST | restore BACKUP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:
  init               create a profile with a new random key
  status             schema version, key store in use, counts
  verify             check the database&apos;s integrity; non-zero exit on any fault
  rekey              re-encrypt the vault under a new random key
  seed --cases N     write N synthetic cases (fake applicants) in batches
  backup DEST        copy the profile, consistently, to DEST with its key sealed
                     by the passphrase on stdin (--passphrase-stdin)
  restore BACKUP     make the profile from a backup (passphrase on stdin); the
                     key goes to the system keychain when one answers

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
  10 the profile&apos;s files are damaged
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>CaseDesk counter workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the profile in DIR (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CaseDesk cannot open its data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
