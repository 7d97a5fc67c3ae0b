<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CaseStore</name>
    <message numerus="yes">
        <source>Saving %n case(s)</source>
        <translation>
            <numerusform>保存 %n 个案件</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking up a case</source>
        <translation>查找案件</translation>
    </message>
    <message>
        <source>Counting the vault&apos;s contents</source>
        <translation>统计本地库内容</translation>
    </message>
</context>
<context>
    <name>Crypto</name>
    <message>
        <source>Cryptographic operation failed: %1</source>
        <translation>加密运算失败：%1</translation>
    </message>
</context>
<context>
    <name>KeychainKeyStore</name>
    <message>
        <source>The system keychain (secret service) is not available: %1</source>
        <translation>系统钥匙串（密钥服务）不可用：%1</translation>
    </message>
    <message>
        <source>The system keychain holds no key for this profile.</source>
        <translation>系统钥匙串中没有此配置的密钥。</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>未及时响应</translation>
    </message>
    <message>
        <source>system keychain</source>
        <translation>系统钥匙串</translation>
    </message>
</context>
<context>
    <name>PassphraseKeyStore</name>
    <message>
        <source>passphrase-protected key file</source>
        <translation>口令保护的密钥文件</translation>
    </message>
    <message>
        <source>There is no key file at %1.</source>
        <translation>%1 处没有密钥文件。</translation>
    </message>
    <message>
        <source>Cannot read the key file %1: %2</source>
        <translation>无法读取密钥文件 %1：%2</translation>
    </message>
    <message>
        <source>%1 is too large to be a key file.</source>
        <translation>%1 过大，不是密钥文件。</translation>
    </message>
    <message>
        <source>Cannot write the key file %1: %2</source>
        <translation>无法写入密钥文件 %1：%2</translation>
    </message>
    <message>
        <source>Cannot remove the key file %1: %2</source>
        <translation>无法删除密钥文件 %1：%2</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>The profile file %1 is damaged: %2</source>
        <translation>配置文件 %1 已损坏：%2</translation>
    </message>
    <message>
        <source>There is no CaseDesk profile in %1. Create one with `casedeskctl init`.</source>
        <translation>%1 中没有 CaseDesk 配置。请用 `casedeskctl init` 创建。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation>文件过大</translation>
    </message>
    <message>
        <source>unsupported format %1</source>
        <translation>不支持的格式 %1</translation>
    </message>
    <message>
        <source>unknown key store &quot;%1&quot;</source>
        <translation>未知的密钥存储“%1”</translation>
    </message>
    <message>
        <source>the profile id or key check is missing</source>
        <translation>缺少配置标识或密钥校验值</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>SchemaMigrator</name>
    <message>
        <source>Reading the schema version</source>
        <translation>读取数据库结构版本</translation>
    </message>
    <message>
        <source>This profile was written by a newer CaseDesk (schema version %1); this program knows schema version %2. Update CaseDesk; the profile was not touched.</source>
        <translation>此配置由较新版本的 CaseDesk 写入（结构版本 %1）；本程序只支持结构版本 %2。请升级 CaseDesk；配置未被改动。</translation>
    </message>
    <message>
        <source>Schema migration %1 (%2)</source>
        <translation>数据库结构迁移 %1（%2）</translation>
    </message>
</context>
<context>
    <name>SqlCipherDriver</name>
    <message>
        <source>Error opening the database</source>
        <translation>打开数据库出错</translation>
    </message>
    <message>
        <source>Unable to apply the key</source>
        <translation>无法应用密钥</translation>
    </message>
    <message>
        <source>Unable to read the database (wrong key, or not a database)</source>
        <translation>无法读取数据库（密钥错误，或不是数据库）</translation>
    </message>
    <message>
        <source>Error closing the database</source>
        <translation>关闭数据库出错</translation>
    </message>
    <message>
        <source>Unable to begin a transaction</source>
        <translation>无法开始事务</translation>
    </message>
    <message>
        <source>Unable to commit the transaction</source>
        <translation>无法提交事务</translation>
    </message>
    <message>
        <source>Unable to roll back the transaction</source>
        <translation>无法回滚事务</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>数据库未打开。</translation>
    </message>
    <message>
        <source>Unable to leave WAL mode for rekeying</source>
        <translation>无法为更换密钥退出 WAL 模式</translation>
    </message>
    <message>
        <source>Unable to re-encrypt the database</source>
        <translation>无法重新加密数据库</translation>
    </message>
    <message>
        <source>Unable to return to WAL mode after rekeying</source>
        <translation>更换密钥后无法恢复 WAL 模式</translation>
    </message>
    <message>
        <source>Unable to start the backup</source>
        <translation>无法开始备份</translation>
    </message>
    <message>
        <source>Unable to copy the database</source>
        <translation>无法复制数据库</translation>
    </message>
</context>
<context>
    <name>SqlCipherResult</name>
    <message>
        <source>Unable to prepare the statement</source>
        <translation>无法准备语句</translation>
    </message>
    <message>
        <source>The statement is empty</source>
        <translation>语句为空</translation>
    </message>
    <message>
        <source>Unable to execute several statements at a time</source>
        <translation>不能一次执行多条语句</translation>
    </message>
    <message>
        <source>Parameter count mismatch: the statement takes %1, %2 were bound</source>
        <translation>参数个数不符：语句需要 %1 个，实际绑定了 %2 个</translation>
    </message>
    <message>
        <source>Integer %1 is too large for SQLite</source>
        <translation>整数 %1 超出 SQLite 的范围</translation>
    </message>
    <message>
        <source>Cannot bind a value of type %1</source>
        <translation>无法绑定类型为 %1 的值</translation>
    </message>
    <message>
        <source>Unable to bind a parameter</source>
        <translation>无法绑定参数</translation>
    </message>
    <message>
        <source>Unable to fetch a row</source>
        <translation>无法读取数据行</translation>
    </message>
</context>
<context>
    <name>StorageError</name>
    <message>
        <source>The disk is full: %1 failed. Everything saved before is intact; free some space and try again. (%2)</source>
        <translation>磁盘已满：%1失败。此前保存的内容完好无损；请释放空间后重试。（%2）</translation>
    </message>
    <message>
        <source>The profile is read-only: %1 failed. CaseDesk needs write access to its profile directory. (%2)</source>
        <translation>配置为只读：%1失败。CaseDesk 需要对其配置目录有写权限。（%2）</translation>
    </message>
    <message>
        <source>%1 failed: the file is not a CaseDesk database. (%2)</source>
        <translation>%1失败：该文件不是 CaseDesk 数据库。（%2）</translation>
    </message>
    <message>
        <source>%1 failed: the database is damaged. Restore the profile from a backup. (%2)</source>
        <translation>%1失败：数据库已损坏。请从备份恢复配置。（%2）</translation>
    </message>
    <message>
        <source>%1 failed: the database is in use by another program. (%2)</source>
        <translation>%1失败：数据库正被其他程序使用。（%2）</translation>
    </message>
    <message>
        <source>%1 failed: the disk could not be read or written. (%2)</source>
        <translation>%1失败：磁盘无法读写。（%2）</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1失败：%2</translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <source>%1 is not a CaseDesk database (%2). It was not changed.</source>
        <translation>%1 不是 CaseDesk 数据库（%2）。文件未被改动。</translation>
    </message>
    <message>
        <source>The profile in %1 has no database file (%2).</source>
        <translation>%1 中的配置缺少数据库文件（%2）。</translation>
    </message>
    <message>
        <source>The profile in %1 is read-only. CaseDesk needs to write to its profile directory; check the permissions or the disk.</source>
        <translation>%1 中的配置为只读。CaseDesk 需要写入其配置目录；请检查权限或磁盘。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>it is an unencrypted SQLite database</source>
        <translation>它是未加密的 SQLite 数据库</translation>
    </message>
    <message>
        <source>its size does not fit an encrypted database</source>
        <translation>其大小不符合加密数据库</translation>
    </message>
    <message>
        <source>Opening the vault</source>
        <translation>打开本地加密库</translation>
    </message>
    <message>
        <source>Configuring the vault</source>
        <translation>配置本地加密库</translation>
    </message>
    <message>
        <source>A CaseDesk profile already exists in %1; it was left as it is.</source>
        <translation>%1 中已有 CaseDesk 配置；未作改动。</translation>
    </message>
    <message>
        <source>Cannot create the profile directory %1.</source>
        <translation>无法创建配置目录 %1。</translation>
    </message>
    <message>
        <source>This profile keeps its key in the %1, not in the %2.</source>
        <translation>此配置的密钥保存在%1中，而不是%2中。</translation>
    </message>
    <message>
        <source>system keychain</source>
        <translation>系统钥匙串</translation>
    </message>
    <message>
        <source>passphrase-protected key file</source>
        <translation>口令保护的密钥文件</translation>
    </message>
    <message>
        <source>The key in the %1 does not belong to this profile&apos;s database. The database was not changed.</source>
        <translation>%1中的密钥不属于此配置的数据库。数据库未被改动。</translation>
    </message>
    <message>
        <source>it does not open with this profile&apos;s key</source>
        <translation>无法用此配置的密钥打开</translation>
    </message>
    <message>
        <source>it belongs to another program</source>
        <translation>它属于其他程序</translation>
    </message>
    <message>
        <source>Checking the database</source>
        <translation>检查数据库</translation>
    </message>
    <message>
        <source>Row %1 of table %2 points at a missing row of %3</source>
        <translation>表 %2 的第 %1 行指向 %3 中不存在的行</translation>
    </message>
</context>
<context>
    <name>WrappedKey</name>
    <message>
        <source>The key file is damaged: %1</source>
        <translation>密钥文件已损坏：%1</translation>
    </message>
    <message>
        <source>Unsupported key-derivation cost: %1</source>
        <translation>不支持的密钥派生强度：%1</translation>
    </message>
    <message>
        <source>The passphrase must not be empty.</source>
        <translation>口令不能为空。</translation>
    </message>
    <message>
        <source>not a CaseDesk key file</source>
        <translation>不是 CaseDesk 密钥文件</translation>
    </message>
    <message>
        <source>unknown format version</source>
        <translation>未知的格式版本</translation>
    </message>
    <message>
        <source>implausible key-derivation cost %1</source>
        <translation>密钥派生强度 %1 不合理</translation>
    </message>
    <message>
        <source>The passphrase is wrong (or the key file was altered).</source>
        <translation>口令错误（或密钥文件被改动过）。</translation>
    </message>
</context>
<context>
    <name>casedesk::AboutDialog</name>
    <message>
        <source>About CaseDesk</source>
        <translation>关于 CaseDesk</translation>
    </message>
    <message>
        <source>&lt;h2&gt;CaseDesk %1&lt;/h2&gt;&lt;p&gt;The counter workstation of the government service hall.&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;Qt&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;SQLCipher&lt;/td&gt;&lt;td&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;SQLite&lt;/td&gt;&lt;td&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;h2&gt;CaseDesk %1&lt;/h2&gt;&lt;p&gt;政务服务大厅窗口工作台。&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;Qt&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;SQLCipher&lt;/td&gt;&lt;td&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;SQLite&lt;/td&gt;&lt;td&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
</context>
<context>
    <name>casedesk::MainWindow</name>
    <message>
        <source>CaseDesk</source>
        <translation>CaseDesk 窗口工作台</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About CaseDesk</source>
        <translation>关于 CaseDesk(&amp;A)</translation>
    </message>
    <message>
        <source>&lt;h2&gt;This workstation&lt;/h2&gt;&lt;table cellpadding=4&gt;&lt;tr&gt;&lt;td&gt;Profile&lt;/td&gt;&lt;td&gt;%1&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Key kept in&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Schema version&lt;/td&gt;&lt;td&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Cases in the local cache&lt;/td&gt;&lt;td&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Changes waiting to be sent&lt;/td&gt;&lt;td&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;h2&gt;本工作站&lt;/h2&gt;&lt;table cellpadding=4&gt;&lt;tr&gt;&lt;td&gt;配置&lt;/td&gt;&lt;td&gt;%1&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;密钥保存于&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;数据库结构版本&lt;/td&gt;&lt;td&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;本地缓存中的案件&lt;/td&gt;&lt;td&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;待发送的变更&lt;/td&gt;&lt;td&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>Local cache open and encrypted</source>
        <translation>本地缓存已打开并加密</translation>
    </message>
</context>
<context>
    <name>casedesk::PassphraseDialog</name>
    <message>
        <source>Protect this workstation&apos;s data</source>
        <translation>保护本工作站的数据</translation>
    </message>
    <message>
        <source>Unlock CaseDesk</source>
        <translation>解锁 CaseDesk</translation>
    </message>
    <message>
        <source>No system keychain is available on this computer, so the key that encrypts this workstation&apos;s data will be sealed with a passphrase. Choose one of at least %1 characters and keep it safe: without it the data cannot be opened.</source>
        <translation>本机没有可用的系统钥匙串，因此加密本工作站数据的密钥将用口令封存。请设置至少 %1 个字符的口令并妥善保管：没有它，数据将无法打开。</translation>
    </message>
    <message>
        <source>This workstation&apos;s data is sealed with a passphrase. Enter it to continue.</source>
        <translation>本工作站的数据已用口令封存。请输入口令以继续。</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>口令(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>再输一次(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>创建(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>再次输入口令</translation>
    </message>
    <message>
        <source>The passphrase needs at least %1 characters.</source>
        <translation>口令至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>两次输入的口令不一致。</translation>
    </message>
</context>
<context>
    <name>casedeskctl</name>
    <message>
        <source>This profile&apos;s key is sealed with a passphrase: pass --passphrase-stdin and write the passphrase to standard input.</source>
        <translation>此配置的密钥用口令封存：请加上 --passphrase-stdin 并从标准输入写入口令。</translation>
    </message>
    <message>
        <source>This profile keeps its key in the system keychain; --passphrase-stdin does not apply.</source>
        <translation>此配置的密钥保存在系统钥匙串中；--passphrase-stdin 不适用。</translation>
    </message>
    <message>
        <source>casedeskctl: %1</source>
        <translation>casedeskctl：%1</translation>
    </message>
    <message>
        <source>No secret service (system keychain) answers on this session. Protect the key with a passphrase instead: casedeskctl init --passphrase-stdin</source>
        <translation>当前会话中没有响应的密钥服务（系统钥匙串）。请改用口令保护密钥：casedeskctl init --passphrase-stdin</translation>
    </message>
    <message>
        <source>Created profile %1 (schema version %2, key in the %3).</source>
        <translation>已创建配置 %1（结构版本 %2，密钥保存于%3）。</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>profile id</source>
        <translation>配置标识</translation>
    </message>
    <message>
        <source>schema version</source>
        <translation>结构版本</translation>
    </message>
    <message>
        <source>%1 (this program: %2)</source>
        <translation>%1（本程序：%2）</translation>
    </message>
    <message>
        <source>key store</source>
        <translation>密钥存储</translation>
    </message>
    <message>
        <source>encryption</source>
        <translation>加密</translation>
    </message>
    <message>
        <source>SQLCipher %1 on SQLite %2</source>
        <translation>SQLCipher %1，基于 SQLite %2</translation>
    </message>
    <message>
        <source>cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>applicants</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>case events</source>
        <translation>案件事件</translation>
    </message>
    <message>
        <source>pending ops</source>
        <translation>待同步操作</translation>
    </message>
    <message>
        <source>fault: %1</source>
        <translation>故障：%1</translation>
    </message>
    <message numerus="yes">
        <source>casedeskctl: the vault has %n fault(s).</source>
        <translation>
            <numerusform>casedeskctl：本地库有 %n 处故障。</numerusform>
        </translation>
    </message>
    <message>
        <source>ok: database integrity verified</source>
        <translation>正常：数据库完整性校验通过</translation>
    </message>
    <message>
        <source>The vault is now encrypted under a new key, kept in the %1.</source>
        <translation>本地库已用新密钥加密，密钥保存于%1。</translation>
    </message>
    <message>
        <source>Seeded %1 synthetic cases before the failure.</source>
        <translation>失败前已写入 %1 个合成案件。</translation>
    </message>
    <message>
        <source>Seeded %1 synthetic cases.</source>
        <translation>已写入 %1 个合成案件。</translation>
    </message>
    <message>
        <source>CaseDesk vault tool for IT staff and scripts.</source>
        <translation>CaseDesk 本地库工具，供信息技术人员和脚本使用。</translation>
    </message>
    <message>
        <source>Print the version of CaseDesk and its engines.</source>
        <translation>显示 CaseDesk 及其引擎的版本。</translation>
    </message>
    <message>
        <source>Use the profile in DIR (default: %1).</source>
        <translation>使用 DIR 中的配置（默认：%1）。</translation>
    </message>
    <message>
        <source>Keep the key in a passphrase-sealed file; read the passphrase from stdin.</source>
        <translation>将密钥保存在口令封存的文件中；从标准输入读取口令。</translation>
    </message>
    <message>
        <source>seed: how many cases to write.</source>
        <translation>seed：要写入的案件数。</translation>
    </message>
    <message>
        <source>seed: random seed (default: time based).</source>
        <translation>seed：随机种子（默认按时间）。</translation>
    </message>
    <message>
        <source>casedeskctl: give exactly one command; see casedeskctl --help</source>
        <translation>casedeskctl：请给出且只给出一个命令；参见 casedeskctl --help</translation>
    </message>
    <message>
        <source>casedeskctl: --passphrase-stdin given, but standard input held no passphrase</source>
        <translation>casedeskctl：指定了 --passphrase-stdin，但标准输入中没有口令</translation>
    </message>
    <message>
        <source>casedeskctl: seed needs --cases N with N &gt; 0</source>
        <translation>casedeskctl：seed 需要 --cases N，且 N &gt; 0</translation>
    </message>
    <message>
        <source>casedeskctl: --seed needs a non-negative integer</source>
        <translation>casedeskctl：--seed 需要非负整数</translation>
    </message>
    <message>
        <source>casedeskctl: unknown command &quot;%1&quot;; see casedeskctl --help</source>
        <translation>casedeskctl：未知命令“%1”；参见 casedeskctl --help</translation>
    </message>
    <message>
        <source>backup needs --passphrase-stdin: the copy&apos;s key is sealed with that passphrase (for a passphrase profile, its own).</source>
        <translation>backup 需要 --passphrase-stdin：副本的密钥用该口令封存（口令保护的配置用其自身的口令）。</translation>
    </message>
    <message>
        <source>Backed up %1 to %2; the copy opens with the passphrase.</source>
        <translation>已将 %1 备份到 %2；副本需用口令打开。</translation>
    </message>
    <message>
        <source>restore needs --passphrase-stdin: the backup&apos;s passphrase.</source>
        <translation>restore 需要 --passphrase-stdin：即备份的口令。</translation>
    </message>
    <message>
        <source>Restored %1 as %2 (key in the %3).</source>
        <translation>已将 %1 恢复为 %2（密钥保存于%3）。</translation>
    </message>
    <message>
        <source>init | status | verify | rekey | seed | backup DEST | restore BACKUP</source>
        <translation>init | status | verify | rekey | seed | backup 目标目录 | restore 备份目录</translation>
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
        <translation>命令：
  init               用新的随机密钥创建配置
  status             结构版本、所用密钥存储、各项计数
  verify             检查数据库完整性；发现任何故障时以非零状态退出
  rekey              用新的随机密钥重新加密本地库
  seed --cases N     分批写入 N 个合成案件（虚构申请人）
  backup DEST        将配置一致地复制到 DEST，其密钥用标准输入中的口令封存
                     （--passphrase-stdin）
  restore BACKUP     由备份生成配置（口令从标准输入读取）；有系统钥匙串
                     响应时密钥存入其中

退出码：
  0  成功
  1  检查发现故障，或其他失败
  2  命令行有误
  3  口令或密钥错误
  4  该文件不是 CaseDesk 数据库
  5  配置由较新版本的 CaseDesk 写入
  6  配置为只读
  7  磁盘已满或其他读写错误
  8  没有响应的密钥服务（请用 --passphrase-stdin）
  9  该目录中没有配置（init 和 restore 时：已存在配置）
  10 配置文件已损坏
</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>CaseDesk counter workstation</source>
        <translation>CaseDesk 窗口工作台</translation>
    </message>
    <message>
        <source>Use the profile in DIR (default: %1).</source>
        <translation>使用 DIR 中的配置（默认：%1）。</translation>
    </message>
    <message>
        <source>CaseDesk cannot open its data</source>
        <translation>CaseDesk 无法打开其数据</translation>
    </message>
</context>
</TS>
