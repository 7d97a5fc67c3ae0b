<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Application</name>
    <message>
        <source>The application is malformed: %1</source>
        <translation>申请数据格式有误：%1</translation>
    </message>
    <message>
        <source>&quot;item&quot; names no item or bundle</source>
        <translation>“item”未指明事项或一件事</translation>
    </message>
    <message>
        <source>&quot;fields&quot; must be an object</source>
        <translation>“fields”必须是对象</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; must be a text, number or true/false</source>
        <translation>字段“%1”必须是文本、数字或 true/false</translation>
    </message>
    <message>
        <source>&quot;materials&quot; must be an object</source>
        <translation>“materials”必须是对象</translation>
    </message>
    <message>
        <source>material &quot;%1&quot; needs a state: missing, received, e_licence or waived</source>
        <translation>材料“%1”需要状态：missing、received、e_licence 或 waived</translation>
    </message>
</context>
<context>
    <name>AuditChainCheck</name>
    <message>
        <source>The audit log of this workstation has been tampered with: %1

CaseDesk keeps working and records this. Tell your IT administrator, who can run &quot;casedeskctl verify&quot; for details.</source>
        <translation>本工作站的审计日志已被篡改：%1

CaseDesk 仍可继续使用，并已记录此情况。请告知信息技术管理员，管理员可运行“casedeskctl verify”查看详情。</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Recording &quot;%1&quot; in the audit log</source>
        <translation>在审计日志中记录“%1”</translation>
    </message>
    <message>
        <source>a record names the user who acted.</source>
        <translation>记录须写明操作的用户。</translation>
    </message>
    <message>
        <source>the action is not a name of lower-case words.</source>
        <translation>操作名称须由小写单词组成。</translation>
    </message>
    <message>
        <source>the object or the details are too long for an audit record.</source>
        <translation>对象或详情过长，无法写入审计记录。</translation>
    </message>
    <message>
        <source>audit records name objects by their ids and hold no personal data such as ID, mobile or bank card numbers.</source>
        <translation>审计记录以编号指称对象，不得包含身份证号、手机号或银行卡号等个人信息。</translation>
    </message>
    <message>
        <source>Reading the audit log</source>
        <translation>读取审计日志</translation>
    </message>
    <message>
        <source>Verifying the audit log</source>
        <translation>校验审计日志</translation>
    </message>
    <message>
        <source>Audit record %1 was never appended: it was put into the chain afterwards.</source>
        <translation>审计记录 %1 并非按序追加：它是事后插入链中的。</translation>
    </message>
    <message>
        <source>Audit record %1 is out of order: the record here was written as record %2, and record %1 stands further on.</source>
        <translation>审计记录 %1 顺序错乱：此处的记录原为第 %2 条，第 %1 条位于更后面。</translation>
    </message>
    <message>
        <source>Audit record %1 was deleted: the chain goes on with the record written as %2.</source>
        <translation>审计记录 %1 已被删除：链条接续的是原第 %2 条记录。</translation>
    </message>
    <message>
        <source>Audit record %1 was changed and given a new hash: record %2 holds another hash for it.</source>
        <translation>审计记录 %1 被修改并换了新哈希：第 %2 条记录保存的是它原来的哈希。</translation>
    </message>
    <message>
        <source>Audit record 1 was changed: it does not start the chain.</source>
        <translation>审计记录 1 被修改：它不是链的起点。</translation>
    </message>
    <message>
        <source>Audit record %1 carries the number %2.</source>
        <translation>审计记录 %1 的编号为 %2。</translation>
    </message>
    <message>
        <source>Audit record %1 is out of order: the record here was written as record %2.</source>
        <translation>审计记录 %1 顺序错乱：此处的记录原为第 %2 条。</translation>
    </message>
    <message>
        <source>The number of audit record %1 was changed to %2.</source>
        <translation>审计记录 %1 的编号被改为 %2。</translation>
    </message>
    <message>
        <source>Audit record %1 was changed after it was written: it no longer matches its hash.</source>
        <translation>审计记录 %1 写入后被修改：与其哈希不再一致。</translation>
    </message>
    <message>
        <source>The last audit records, from %1 to %2, were deleted.</source>
        <translation>最后的审计记录（第 %1 至 %2 条）已被删除。</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>%1: %2 is not a real date in the form YYYY-MM-DD: &quot;%3&quot;.</source>
        <translation>%1：%2 不是 YYYY-MM-DD 格式的有效日期：“%3”。</translation>
    </message>
    <message>
        <source>%1: &quot;source.%2&quot; is missing; a calendar must cite the State Council notice it was taken from.</source>
        <translation>%1：缺少“source.%2”；日历必须注明所依据的国务院通知。</translation>
    </message>
    <message>
        <source>%1: %2 (%3) lies outside %4; a calendar for %4 holds that year&apos;s dates and may reach back only into the last week of %5.</source>
        <translation>%1：%2（%3）不在 %4 年内；%4 年的日历只能包含该年的日期，最多向前延伸到 %5 年的最后一周。</translation>
    </message>
    <message>
        <source>%1: &quot;holidays&quot; must list the year&apos;s holidays; a calendar without any would count every weekday as a working day.</source>
        <translation>%1：“holidays”必须列出该年的节假日；没有节假日的日历会把周一至周五全部算作工作日。</translation>
    </message>
    <message>
        <source>%1: %2 needs a name in Chinese and in English.</source>
        <translation>%1：%2 需要中文和英文名称。</translation>
    </message>
    <message>
        <source>%1: %2 ends on %3, before it starts on %4.</source>
        <translation>%1：%2 的结束日期 %3 早于开始日期 %4。</translation>
    </message>
    <message>
        <source>%1: %2 is listed in two holidays, %3 and %4.</source>
        <translation>%1：%2 同时列在“%3”和“%4”两个节假日中。</translation>
    </message>
    <message>
        <source>%1: &quot;workdays&quot; must list the make-up working days (an empty list if the notice has none).</source>
        <translation>%1：“workdays”必须列出调休上班日（通知中没有则为空列表）。</translation>
    </message>
    <message>
        <source>%1: make-up working day %2 is for &quot;%3&quot;, which is not one of the holidays in the file.</source>
        <translation>%1：调休上班日 %2 对应的“%3”不是本文件中的节假日。</translation>
    </message>
    <message>
        <source>%1: %2 is listed both as a holiday (%3) and as a make-up working day.</source>
        <translation>%1：%2 既被列为节假日（%3），又被列为调休上班日。</translation>
    </message>
    <message>
        <source>%1: make-up working day %2 is a weekday; only a Saturday or a Sunday can be made a working day.</source>
        <translation>%1：调休上班日 %2 是周一至周五中的一天；只有周六或周日才能调为上班日。</translation>
    </message>
    <message>
        <source>%1: make-up working day %2 is listed twice.</source>
        <translation>%1：调休上班日 %2 重复列出。</translation>
    </message>
    <message>
        <source>The calendar file %1 is too large (%2 bytes); a year&apos;s calendar is a few kilobytes.</source>
        <translation>日历文件 %1 过大（%2 字节）；一年的日历只有几 KB。</translation>
    </message>
    <message>
        <source>The calendar file %1 is not valid JSON: %2 at byte %3.</source>
        <translation>日历文件 %1 不是有效的 JSON：%2（位于第 %3 字节）。</translation>
    </message>
    <message>
        <source>%1 is not a CaseDesk working-day calendar (&quot;format&quot; must be &quot;%2&quot;).</source>
        <translation>%1 不是 CaseDesk 工作日日历（“format”必须为“%2”）。</translation>
    </message>
    <message>
        <source>%1: &quot;formatVersion&quot; must be a whole number from 1.</source>
        <translation>%1：“formatVersion”必须是不小于 1 的整数。</translation>
    </message>
    <message>
        <source>%1 uses calendar format version %2, but this CaseDesk reads only version %3; update CaseDesk.</source>
        <translation>%1 使用第 %2 版日历格式，而此 CaseDesk 只能读取第 %3 版；请更新 CaseDesk。</translation>
    </message>
    <message>
        <source>%1: &quot;year&quot; must be a year such as 2026.</source>
        <translation>%1：“year”必须是年份，例如 2026。</translation>
    </message>
    <message>
        <source>Cannot read the calendar file %1: %2</source>
        <translation>无法读取日历文件 %1：%2</translation>
    </message>
    <message>
        <source>%1 and %2 both hold the calendar for %3.</source>
        <translation>%1 和 %2 都是 %3 年的日历。</translation>
    </message>
    <message>
        <source>%1 and %2 both list %3.</source>
        <translation>%1 和 %2 都列出了 %3。</translation>
    </message>
    <message>
        <source>No date was given to count working days from.</source>
        <translation>未提供计算工作日的起始日期。</translation>
    </message>
    <message>
        <source>A time limit cannot be a negative number of working days (%1).</source>
        <translation>办理时限不能是负数个工作日（%1）。</translation>
    </message>
    <message>
        <source>The working-day calendar does not cover %1: the State Council&apos;s holiday arrangements for %2 are not loaded.</source>
        <translation>工作日日历未覆盖 %1：尚未载入国务院 %2 年的节假日安排。</translation>
    </message>
</context>
<context>
    <name>CaseEventText</name>
    <message>
        <source>Pre-review</source>
        <translation>预审</translation>
    </message>
    <message>
        <source>Issue a correction notice</source>
        <translation>出具补正告知</translation>
    </message>
    <message>
        <source>Resubmit the materials</source>
        <translation>补正后重新提交材料</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Start processing</source>
        <translation>开始办理</translation>
    </message>
    <message>
        <source>Hand over the result</source>
        <translation>送达办理结果</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>撤回</translation>
    </message>
    <message>
        <source>Pre-reviewed</source>
        <translation>已预审</translation>
    </message>
    <message>
        <source>Correction notice issued</source>
        <translation>已出具补正告知</translation>
    </message>
    <message>
        <source>Materials resubmitted</source>
        <translation>已补正提交</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Processing started</source>
        <translation>已开始办理</translation>
    </message>
    <message>
        <source>Result handed over</source>
        <translation>结果已送达</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>Case recorded</source>
        <translation>已登记办件</translation>
    </message>
    <message>
        <source>Material updated</source>
        <translation>材料已更新</translation>
    </message>
    <message>
        <source>Sync conflict settled</source>
        <translation>同步冲突已处理</translation>
    </message>
</context>
<context>
    <name>CaseQuery</name>
    <message>
        <source>Listing cases</source>
        <translation>列出案件</translation>
    </message>
</context>
<context>
    <name>CaseStateMachine</name>
    <message>
        <source>A case in state &quot;%1&quot; cannot &quot;%2&quot;.</source>
        <translation>处于“%1”状态的案件不能执行“%2”。</translation>
    </message>
</context>
<context>
    <name>CaseStateText</name>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Pre-reviewed</source>
        <translation>已预审</translation>
    </message>
    <message>
        <source>Correction notice issued</source>
        <translation>已一次性告知</translation>
    </message>
    <message>
        <source>Resubmitted</source>
        <translation>已补正提交</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>办理中</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>不予许可</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
</context>
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
    <message>
        <source>There is no case %1.</source>
        <translation>没有案件 %1。</translation>
    </message>
    <message>
        <source>Recording &quot;%1&quot; for case %2</source>
        <translation>为案件 %2 记录“%1”</translation>
    </message>
    <message>
        <source>%1: a reason is required.</source>
        <translation>%1：需要填写原因。</translation>
    </message>
    <message>
        <source>%1: accepting needs a receipt number.</source>
        <translation>%1：受理需要受理编号。</translation>
    </message>
    <message>
        <source>%1: who did it is not recorded.</source>
        <translation>%1：未记录操作人。</translation>
    </message>
    <message>
        <source>Reading case %1</source>
        <translation>读取办件 %1</translation>
    </message>
    <message>
        <source>%1 is signed in: a change cannot be recorded as made by %2.</source>
        <translation>当前登录的是 %1：不能把变更记为 %2 所做。</translation>
    </message>
    <message>
        <source>Personal data is shown only to a signed-in user.</source>
        <translation>个人信息仅向已登录的用户显示。</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>field %1 of item %2 has another type than the same field in an earlier item of the bundle</source>
        <translation>事项 %2 的字段 %1 与一件事中前面事项的同名字段类型不同</translation>
    </message>
    <message>
        <source>The catalogue has no item or bundle &quot;%1&quot;.</source>
        <translation>目录中没有事项或一件事“%1”。</translation>
    </message>
    <message>
        <source>bundle %1 names an unknown item %2</source>
        <translation>一件事 %1 引用了未知事项 %2</translation>
    </message>
</context>
<context>
    <name>CatalogueLoader</name>
    <message>
        <source>, item %1</source>
        <translation>，事项 %1</translation>
    </message>
    <message>
        <source>, rule %1</source>
        <translation>，规则 %1</translation>
    </message>
    <message>
        <source>%1 needs a Chinese and an English text (&quot;%2&quot;: {&quot;zh&quot;: …, &quot;en&quot;: …})</source>
        <translation>%1需要中文和英文文本（&quot;%2&quot;: {&quot;zh&quot;: …, &quot;en&quot;: …}）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number of working days from 0 to 365</source>
        <translation>“%1”必须是 0 到 365 之间的整数工作日</translation>
    </message>
    <message>
        <source>field id &quot;%1&quot; is missing or not a plain identifier</source>
        <translation>字段标识“%1”缺失或不是简单标识符</translation>
    </message>
    <message>
        <source>field %1 has unknown type &quot;%2&quot;</source>
        <translation>字段 %1 的类型“%2”未知</translation>
    </message>
    <message>
        <source>field %1</source>
        <translation>字段 %1</translation>
    </message>
    <message>
        <source>an option of field %1</source>
        <translation>字段 %1 的一个选项</translation>
    </message>
    <message>
        <source>choice field %1 has no options</source>
        <translation>选择字段 %1 没有选项</translation>
    </message>
    <message>
        <source>material id &quot;%1&quot; is missing or not a plain identifier</source>
        <translation>材料标识“%1”缺失或不是简单标识符</translation>
    </message>
    <message>
        <source>material %1</source>
        <translation>材料 %1</translation>
    </message>
    <message>
        <source>material %1 has unknown form &quot;%2&quot; (original, copy, original-and-copy)</source>
        <translation>材料 %1 的形式“%2”未知（original、copy、original-and-copy）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no field of this item</source>
        <translation>“%1”不是本事项的字段</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no material of this item</source>
        <translation>“%1”不是本事项的材料</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: material %2 lists no recognised field &quot;%3&quot;</source>
        <translation>“%1”：材料 %2 没有可识别字段“%3”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a reference (field:…, material:…, material:….fact) or {&quot;value&quot;: …}</source>
        <translation>“%1”不是引用（field:…、material:…、material:….fact）也不是 {&quot;value&quot;: …}</translation>
    </message>
    <message>
        <source>the rule id is missing or not a plain identifier</source>
        <translation>规则标识缺失或不是简单标识符</translation>
    </message>
    <message>
        <source>unknown rule type &quot;%1&quot;</source>
        <translation>未知的规则类型“%1”</translation>
    </message>
    <message>
        <source>unknown severity &quot;%1&quot; (block, warning, info)</source>
        <translation>未知的严重程度“%1”（block、warning、info）</translation>
    </message>
    <message>
        <source>the message</source>
        <translation>提示信息</translation>
    </message>
    <message>
        <source>the hint</source>
        <translation>整改提示</translation>
    </message>
    <message>
        <source>a %1 rule needs a field target (&quot;field:…&quot;)</source>
        <translation>%1 规则需要以字段为目标（&quot;field:…&quot;）</translation>
    </message>
    <message>
        <source>a %1 rule needs a date: a field or a recognised fact of a material</source>
        <translation>%1 规则需要日期：字段或材料上识别出的信息</translation>
    </message>
    <message>
        <source>a required rule needs a field or a material target</source>
        <translation>必填规则需要以字段或材料为目标</translation>
    </message>
    <message>
        <source>the pattern is missing or not a valid regular expression: %1</source>
        <translation>缺少格式模式，或不是有效的正则表达式：%1</translation>
    </message>
    <message>
        <source>unknown validator &quot;%1&quot;</source>
        <translation>未知的校验器“%1”</translation>
    </message>
    <message>
        <source>unknown comparison &quot;%1&quot;</source>
        <translation>未知的比较方式“%1”</translation>
    </message>
    <message>
        <source>a comparison needs values: fields, recognised facts or literals, not whole materials</source>
        <translation>比较需要具体的值：字段、识别信息或常量，而不是整份材料</translation>
    </message>
    <message>
        <source>an age rule needs a citizen-id field: the age comes from the ID number</source>
        <translation>年龄规则需要身份证号码字段：年龄由身份证号码得出</translation>
    </message>
    <message>
        <source>&quot;years&quot; must be a whole number from 0 to 150</source>
        <translation>“years”必须是 0 到 150 之间的整数</translation>
    </message>
    <message>
        <source>a required-when rule needs a field or a material target</source>
        <translation>条件必填规则需要以字段或材料为目标</translation>
    </message>
    <message>
        <source>&quot;when&quot; needs &quot;equals&quot;, &quot;in&quot; or &quot;notEmpty&quot;: true</source>
        <translation>“when”需要 &quot;equals&quot;、&quot;in&quot; 或 &quot;notEmpty&quot;: true</translation>
    </message>
    <message>
        <source>&quot;when&quot; names no field of this item: &quot;%1&quot;</source>
        <translation>“when”引用的“%1”不是本事项的字段</translation>
    </message>
    <message>
        <source>(without code)</source>
        <translation>（无编码）</translation>
    </message>
    <message>
        <source>the item code is missing or not lower-case letters, digits, dots and hyphens</source>
        <translation>事项编码缺失，或不只由小写字母、数字、点和连字符组成</translation>
    </message>
    <message>
        <source>the item</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>the department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>applicantType must be person, company or either, not &quot;%1&quot;</source>
        <translation>applicantType 必须是 person、company 或 either，而不是“%1”</translation>
    </message>
    <message>
        <source>the promised limit (%1) exceeds the legal limit (%2)</source>
        <translation>承诺时限（%1）超过法定时限（%2）</translation>
    </message>
    <message>
        <source>field %1 is defined twice</source>
        <translation>字段 %1 定义了两次</translation>
    </message>
    <message>
        <source>material %1 is defined twice</source>
        <translation>材料 %1 定义了两次</translation>
    </message>
    <message>
        <source>the item has no fields</source>
        <translation>事项没有字段</translation>
    </message>
    <message>
        <source>the rule id is used twice</source>
        <translation>规则标识重复使用</translation>
    </message>
    <message>
        <source>the bundle code is missing or not lower-case letters, digits, dots and hyphens</source>
        <translation>一件事编码缺失，或不只由小写字母、数字、点和连字符组成</translation>
    </message>
    <message>
        <source>the bundle</source>
        <translation>一件事</translation>
    </message>
    <message>
        <source>the bundle names an unknown item &quot;%1&quot;</source>
        <translation>一件事引用了未知事项“%1”</translation>
    </message>
    <message>
        <source>a bundle needs at least two items</source>
        <translation>一件事至少需要两个事项</translation>
    </message>
    <message>
        <source>example &quot;%1&quot; expects an unknown rule &quot;%2&quot;</source>
        <translation>示例“%1”预期了未知规则“%2”</translation>
    </message>
    <message>
        <source>an example needs a &quot;name&quot;, a &quot;reviewDate&quot; (yyyy-MM-dd) and an &quot;application&quot;</source>
        <translation>示例需要“name”、“reviewDate”（yyyy-MM-dd）和“application”</translation>
    </message>
    <message>
        <source>example &quot;%1&quot; is an application for &quot;%2&quot;, not for this item</source>
        <translation>示例“%1”是“%2”的申请，不是本事项的</translation>
    </message>
    <message>
        <source>%1 is not a CaseDesk catalogue of format version %2 (&quot;format&quot;: &quot;casedesk-catalogue&quot;, &quot;formatVersion&quot;: %2)</source>
        <translation>%1 不是格式版本 %2 的 CaseDesk 目录（&quot;format&quot;: &quot;casedesk-catalogue&quot;, &quot;formatVersion&quot;: %2）</translation>
    </message>
    <message>
        <source>the catalogue has no &quot;version&quot;</source>
        <translation>目录缺少“version”</translation>
    </message>
    <message>
        <source>the item code is used twice</source>
        <translation>事项编码重复使用</translation>
    </message>
    <message>
        <source>the catalogue has no items</source>
        <translation>目录中没有事项</translation>
    </message>
    <message>
        <source>the bundle code is used twice</source>
        <translation>一件事编码重复使用</translation>
    </message>
    <message>
        <source>%1 is too large to be a catalogue</source>
        <translation>%1 过大，不是目录文件</translation>
    </message>
    <message>
        <source>%1: not valid JSON at byte %2: %3</source>
        <translation>%1：第 %2 字节处不是有效的 JSON：%3</translation>
    </message>
    <message>
        <source>%1: the catalogue must be a JSON object</source>
        <translation>%1：目录必须是 JSON 对象</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>CitizenScreen</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
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
    <name>DocumentDecoder</name>
    <message>
        <source>&quot;%1&quot; cannot be shown: page %2 of %3 is damaged. Copy or scan it again.</source>
        <translation>无法显示“%1”：第 %2 页（共 %3 页）已损坏。请重新复制或扫描。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be shown: CaseDesk does not show documents of type %2.</source>
        <translation>无法显示“%1”：CaseDesk 不显示 %2 类型的文件。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be shown: this computer has no reader for %2 images. Ask IT staff to install Qt&apos;s image format plugins.</source>
        <translation>无法显示“%1”：本机没有读取 %2 图像的组件。请联系 IT 人员安装 Qt 图像格式插件。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be shown: its image data is damaged. Copy or scan it again.</source>
        <translation>无法显示“%1”：图像数据已损坏。请重新复制或扫描。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be shown: it is not a PDF that can be opened, although it starts like one. Ask for a new copy of it.</source>
        <translation>无法显示“%1”：它虽以 PDF 格式开头，却无法作为 PDF 打开。请索取一份新的副本。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is protected by a password. Ask for a copy without a password.</source>
        <translation>“%1”受密码保护。请索取一份没有密码的副本。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be shown: it has no pages.</source>
        <translation>无法显示“%1”：其中没有任何页面。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be shown: its first page cannot be drawn. Ask for a new copy of it.</source>
        <translation>无法显示“%1”：无法绘制其第一页。请索取一份新的副本。</translation>
    </message>
</context>
<context>
    <name>DocumentImport</name>
    <message>
        <source>&quot;%1&quot; is %2; documents of up to %3 can be imported. Scan it at a lower resolution or split it into several documents.</source>
        <translation>“%1”大小为 %2，只能导入不超过 %3 的文件。请降低扫描分辨率，或将其拆分为多个文件。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file.</source>
        <translation>“%1”不是文件。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty: there is nothing to import.</source>
        <translation>“%1”是空文件，没有可导入的内容。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PNG, JPEG, TIFF or PDF document, whatever its name says. Scan or save it in one of these formats.</source>
        <translation>无论文件名如何，“%1”都不是 PNG、JPEG、TIFF 或 PDF 文件。请以其中一种格式重新扫描或保存。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is cut off: it starts like a %2 document but ends too early. Copy or scan it again.</source>
        <translation>“%1”不完整：它以 %2 文件的格式开头，却提前结束。请重新复制或扫描。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged: it starts like a %2 document but its structure is broken. Copy or scan it again.</source>
        <translation>“%1”已损坏：它以 %2 文件的格式开头，但内部结构有误。请重新复制或扫描。</translation>
    </message>
</context>
<context>
    <name>DocumentStore</name>
    <message>
        <source>%1: the document is empty.</source>
        <translation>%1：文件为空。</translation>
    </message>
    <message>
        <source>%1: the document&apos;s media type is missing.</source>
        <translation>%1：缺少文件的媒体类型。</translation>
    </message>
    <message>
        <source>Storing a document</source>
        <translation>保存文件</translation>
    </message>
    <message>
        <source>Reading document %1</source>
        <translation>读取文件 %1</translation>
    </message>
    <message>
        <source>There is no document %1.</source>
        <translation>没有文件 %1。</translation>
    </message>
    <message>
        <source>Recording material %1 of case %2</source>
        <translation>记录案件 %2 的材料 %1</translation>
    </message>
    <message>
        <source>%1: a material code is required.</source>
        <translation>%1：需要材料编码。</translation>
    </message>
    <message>
        <source>%1: a material code has at most %2 characters.</source>
        <translation>%1：材料编码最多 %2 个字符。</translation>
    </message>
    <message>
        <source>%1: who did it is not recorded.</source>
        <translation>%1：未记录操作人。</translation>
    </message>
    <message>
        <source>%1: waiving a material needs a reason.</source>
        <translation>%1：免交材料需要填写原因。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not the SHA-256 of a document.</source>
        <translation>%1：“%2”不是文件的 SHA-256 摘要。</translation>
    </message>
    <message>
        <source>%1: there is no case %2.</source>
        <translation>%1：没有案件 %2。</translation>
    </message>
    <message>
        <source>%1: there is no document %2.</source>
        <translation>%1：没有文件 %2。</translation>
    </message>
    <message>
        <source>Reading the materials of case %1</source>
        <translation>读取案件 %1 的材料</translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>Saving the draft</source>
        <translation>保存草稿</translation>
    </message>
    <message>
        <source>Reading drafts</source>
        <translation>读取草稿</translation>
    </message>
    <message>
        <source>Discarding the draft</source>
        <translation>删除草稿</translation>
    </message>
</context>
<context>
    <name>FollowUpStore</name>
    <message>
        <source>Reading the follow-ups of bad ratings</source>
        <translation>读取差评整改事项</translation>
    </message>
    <message>
        <source>Reading the follow-up of a bad rating</source>
        <translation>读取差评整改事项</translation>
    </message>
    <message>
        <source>There is no follow-up %1.</source>
        <translation>没有差评整改事项 %1。</translation>
    </message>
    <message>
        <source>Say what was done about the bad rating before closing its follow-up.</source>
        <translation>请先填写针对该差评采取的整改措施，再办结整改事项。</translation>
    </message>
    <message>
        <source>The note is %1 characters long; at most %2 can be kept. Please shorten it.</source>
        <translation>整改说明共 %1 个字，最多可保存 %2 个字，请精简后再提交。</translation>
    </message>
    <message>
        <source>This follow-up was closed already by %1; nothing was changed.</source>
        <translation>该整改事项已由 %1 办结，未做任何更改。</translation>
    </message>
    <message>
        <source>Closing the follow-up of a bad rating</source>
        <translation>办结差评整改事项</translation>
    </message>
    <message>
        <source>This follow-up was closed meanwhile; nothing was changed.</source>
        <translation>该整改事项已被他人办结，未做任何更改。</translation>
    </message>
</context>
<context>
    <name>HallBoard</name>
    <message>
        <source>Reading the hall&apos;s board</source>
        <translation>读取大厅看板</translation>
    </message>
    <message>
        <source>Choose a period of 1 to %1 days whose end is not before its start.</source>
        <translation>请选择1至%1天的统计时段，结束日期不能早于开始日期。</translation>
    </message>
</context>
<context>
    <name>IntakeSession</name>
    <message>
        <source>Choose a service item first.</source>
        <translation>请先选择办理事项。</translation>
    </message>
    <message>
        <source>The applicant&apos;s name and a valid ID number or credit code are needed.</source>
        <translation>需要申请人姓名及有效的身份证号码或统一社会信用代码。</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) block acceptance. Resolve them, issue a correction notice, or have a supervisor override with a reason.</source>
        <translation>
            <numerusform>有 %n 项问题阻止受理。请解决这些问题、出具一次性告知书，或由值班长说明理由后越权受理。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing blocks acceptance: there is nothing to put on a correction notice.</source>
        <translation>没有阻止受理的问题：无需出具一次性告知书。</translation>
    </message>
    <message>
        <source>Enter the applicant&apos;s name for the notice.</source>
        <translation>请填写申请人姓名以出具告知书。</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) to bring or correct</source>
        <translation>
            <numerusform>需补交或更正 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the material the document is for.</source>
        <translation>请选择该文件对应的材料。</translation>
    </message>
    <message>
        <source>This intake is finished; open the case to add materials.</source>
        <translation>本次收件已完成；如需补充材料，请打开该办件。</translation>
    </message>
    <message>
        <source>No document is attached to this material.</source>
        <translation>该材料尚未附加文件。</translation>
    </message>
    <message>
        <source>The supervisor must sign in to override: an id typed at the counter is not enough.</source>
        <translation>越权受理须由主管登录确认：仅在窗口输入工号不够。</translation>
    </message>
    <message>
        <source>The supervisor who signed in (%1) is not the one named (%2).</source>
        <translation>登录的主管（%1）与所填主管（%2）不一致。</translation>
    </message>
</context>
<context>
    <name>IntakeWindow</name>
    <message>
        <source>The intake could not be completed</source>
        <translation>本次收件未能完成</translation>
    </message>
    <message>
        <source>The draft could not be resumed</source>
        <translation>无法继续该草稿</translation>
    </message>
    <message>
        <source>Name on it</source>
        <translation>证件上的姓名</translation>
    </message>
    <message>
        <source>ID number on it</source>
        <translation>证件上的号码</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>签发日期</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Credit code on it</source>
        <translation>证照上的信用代码</translation>
    </message>
    <message>
        <source>Company name on it</source>
        <translation>证照上的单位名称</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>a date, as 2026-11-28</source>
        <translation>日期，格式如 2026-11-28</translation>
    </message>
    <message>
        <source>an amount in yuan, as 1280.50</source>
        <translation>以元计的金额，格式如 1280.50</translation>
    </message>
    <message>
        <source>one of a list, chosen with the arrow keys</source>
        <translation>从列表中选择一项，用方向键选择</translation>
    </message>
    <message>
        <source>yes or no, chosen with the arrow keys</source>
        <translation>是或否，用方向键选择</translation>
    </message>
    <message>
        <source>an 18-character citizen ID number</source>
        <translation>18 位居民身份证号码</translation>
    </message>
    <message>
        <source>an 18-character unified social credit code</source>
        <translation>18 位统一社会信用代码</translation>
    </message>
    <message>
        <source>an 11-digit mobile number</source>
        <translation>11 位手机号码</translation>
    </message>
    <message>
        <source>a landline number with its area code</source>
        <translation>带区号的固定电话号码</translation>
    </message>
    <message>
        <source>a 6-digit postal code</source>
        <translation>6 位邮政编码</translation>
    </message>
    <message>
        <source>a bank card number</source>
        <translation>银行卡号</translation>
    </message>
    <message>
        <source>Required: %1</source>
        <translation>必填：%1</translation>
    </message>
    <message>
        <source>Optional: %1</source>
        <translation>选填：%1</translation>
    </message>
    <message>
        <source>How the material was brought, chosen with the arrow keys</source>
        <translation>材料的提交方式，用方向键选择</translation>
    </message>
    <message>
        <source>As read off the document; pre-review compares it</source>
        <translation>按材料上所载填写；预审会进行比对</translation>
    </message>
    <message>
        <source>Required when the material is waived; kept with the case</source>
        <translation>免交材料时必填；随案件保存</translation>
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
    <name>PeriodReport</name>
    <message>
        <source>Hall report</source>
        <translation>大厅运行报表</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>收件</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Acceptance rate</source>
        <translation>受理率</translation>
    </message>
    <message>
        <source>Correction notices</source>
        <translation>一次性告知</translation>
    </message>
    <message>
        <source>Correction-notice rate</source>
        <translation>一次性告知率</translation>
    </message>
    <message>
        <source>Concluded with a promised date</source>
        <translation>有承诺时限的办结件</translation>
    </message>
    <message>
        <source>Concluded in time</source>
        <translation>按时办结</translation>
    </message>
    <message>
        <source>Deadline compliance</source>
        <translation>按时办结率</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Open cases on %1</source>
        <translation>%1 在办件</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>在办</translation>
    </message>
    <message>
        <source>Awaiting acceptance</source>
        <translation>待受理</translation>
    </message>
    <message>
        <source>In process</source>
        <translation>办理中</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>临期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>The report could not be saved to %1: %2</source>
        <translation>报表无法保存到 %1：%2</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <source>window staff</source>
        <translation>窗口人员</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>IT administrator</source>
        <translation>IT 管理员</translation>
    </message>
    <message>
        <source>view their own cases</source>
        <translation>查看本人办件</translation>
    </message>
    <message>
        <source>view their counter&apos;s cases</source>
        <translation>查看本窗口办件</translation>
    </message>
    <message>
        <source>view the whole hall&apos;s cases</source>
        <translation>查看全大厅办件</translation>
    </message>
    <message>
        <source>reveal personal data</source>
        <translation>查看未脱敏的个人信息</translation>
    </message>
    <message>
        <source>accept cases</source>
        <translation>受理办件</translation>
    </message>
    <message>
        <source>override a finding that blocks acceptance</source>
        <translation>越过阻止受理的审核问题</translation>
    </message>
    <message>
        <source>reassign cases</source>
        <translation>改派办件</translation>
    </message>
    <message>
        <source>second-check cases</source>
        <translation>复核办件</translation>
    </message>
    <message>
        <source>export data</source>
        <translation>导出数据</translation>
    </message>
    <message>
        <source>administer the workstation</source>
        <translation>管理本工作站</translation>
    </message>
    <message>
        <source>Nobody signed in</source>
        <translation>无人登录</translation>
    </message>
    <message>
        <source>%1 may not %2: that needs the role of %3.</source>
        <translation>%1 无权%2：需要“%3”角色。</translation>
    </message>
    <message>
        <source>follow up a bad rating</source>
        <translation>办理差评整改</translation>
    </message>
</context>
<context>
    <name>PlatformClient</name>
    <message>
        <source>&quot;%1&quot; is not a platform address.</source>
        <translation>“%1”不是平台地址。</translation>
    </message>
    <message>
        <source>Refusing plain HTTP to %1: personal data must travel encrypted. Use https, or allow plain HTTP explicitly for a test network.</source>
        <translation>拒绝以明文 HTTP 连接 %1：个人信息必须加密传输。请使用 https，或仅在测试网络中明确允许明文 HTTP。</translation>
    </message>
    <message>
        <source>The platform address must use https: %1</source>
        <translation>平台地址必须使用 https：%1</translation>
    </message>
    <message>
        <source>The connection to the platform at %1 was refused: its certificate is not the pinned one. Nothing was sent. If the platform&apos;s certificate was renewed, update the pin.</source>
        <translation>已拒绝连接位于 %1 的平台：其证书不是固定的证书。未发送任何数据。如平台证书已更换，请更新固定证书设置。</translation>
    </message>
</context>
<context>
    <name>PlatformTrust</name>
    <message>
        <source>The %1 file %2 cannot be read: %3</source>
        <translation>无法读取%1文件 %2：%3</translation>
    </message>
    <message>
        <source>The %1 file %2 holds no PEM certificate (-----BEGIN CERTIFICATE-----).</source>
        <translation>%1文件 %2 中没有 PEM 格式的证书（-----BEGIN CERTIFICATE-----）。</translation>
    </message>
    <message>
        <source>CA certificates</source>
        <translation>CA 证书</translation>
    </message>
    <message>
        <source>The pinned platform certificate &quot;%1&quot; is neither a file nor a SHA-256 fingerprint (64 hexadecimal digits).</source>
        <translation>固定的平台证书“%1”既不是文件，也不是 SHA-256 指纹（64 位十六进制数字）。</translation>
    </message>
    <message>
        <source>pinned certificate</source>
        <translation>固定证书</translation>
    </message>
    <message>
        <source>its certificate is not issued for the host name %1</source>
        <translation>其证书不是为主机名 %1 签发的</translation>
    </message>
    <message>
        <source>its certificate expired on %1</source>
        <translation>其证书已于 %1 过期</translation>
    </message>
    <message>
        <source>its certificate is not valid yet</source>
        <translation>其证书尚未生效</translation>
    </message>
    <message>
        <source>its certificate is not signed by a trusted certification authority (add the CA with --ca-certificates)</source>
        <translation>其证书不是由受信任的证书颁发机构签发的（可用 --ca-certificates 添加该 CA）</translation>
    </message>
    <message>
        <source>its certificate has been revoked</source>
        <translation>其证书已被吊销</translation>
    </message>
    <message>
        <source>The connection to the platform at %1 was refused: %2. Nothing was sent.</source>
        <translation>已拒绝连接位于 %1 的平台：%2。未发送任何数据。</translation>
    </message>
</context>
<context>
    <name>PreReview</name>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>date of issue</source>
        <translation>签发日期</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>company name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>%1 does not match %2.</source>
        <translation>%1与%2不一致。</translation>
    </message>
    <message>
        <source>%1 must differ from %2.</source>
        <translation>%1不能与%2相同。</translation>
    </message>
    <message>
        <source>%1 must be less than %2.</source>
        <translation>%1必须小于%2。</translation>
    </message>
    <message>
        <source>%1 must not exceed %2.</source>
        <translation>%1不能超过%2。</translation>
    </message>
    <message>
        <source>%1 must be greater than %2.</source>
        <translation>%1必须大于%2。</translation>
    </message>
    <message>
        <source>%1 must be at least %2.</source>
        <translation>%1至少应为%2。</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1为必填项。</translation>
    </message>
    <message>
        <source>Fill in %1.</source>
        <translation>请填写%1。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>缺少%1。</translation>
    </message>
    <message>
        <source>Ask for the original of %1.</source>
        <translation>请申请人提供%1原件。</translation>
    </message>
    <message>
        <source>Ask for %2 copy(ies) of %1.</source>
        <translation>请申请人提供%1复印件 %2 份。</translation>
    </message>
    <message>
        <source>Ask for the original and %2 copy(ies) of %1.</source>
        <translation>请申请人提供%1原件及复印件 %2 份。</translation>
    </message>
    <message>
        <source>%1 Or fetch the electronic licence.</source>
        <translation>%1也可调取电子证照。</translation>
    </message>
    <message>
        <source>%1 cannot be replaced by an electronic licence.</source>
        <translation>%1不能以电子证照代替。</translation>
    </message>
    <message>
        <source>Ask for the paper document of %1.</source>
        <translation>请申请人提供%1纸质材料。</translation>
    </message>
    <message>
        <source>%1 is waived without a reason.</source>
        <translation>%1已免交，但未说明理由。</translation>
    </message>
    <message>
        <source>Record why %1 is waived.</source>
        <translation>请记录%1免交的理由。</translation>
    </message>
    <message>
        <source>%2 on %1</source>
        <translation>%1上的%2</translation>
    </message>
    <message>
        <source>Ask the applicant for %1.</source>
        <translation>请申请人提供%1。</translation>
    </message>
    <message>
        <source>%1 is not in the expected format.</source>
        <translation>%1格式不符合要求。</translation>
    </message>
    <message>
        <source>Check %1.</source>
        <translation>请核对%1。</translation>
    </message>
    <message>
        <source>Check %1 against %2.</source>
        <translation>请将%1与%2核对。</translation>
    </message>
    <message>
        <source>%1 is not a date: %2</source>
        <translation>%1不是日期：%2</translation>
    </message>
    <message>
        <source>Enter %1 as year-month-day.</source>
        <translation>请按年-月-日填写%1。</translation>
    </message>
    <message>
        <source>%1 has expired (%2).</source>
        <translation>%1已过期（%2）。</translation>
    </message>
    <message>
        <source>Ask for a document that is still valid.</source>
        <translation>请申请人提供在有效期内的证件。</translation>
    </message>
    <message>
        <source>%1 lies in the future (%2).</source>
        <translation>%1晚于今天（%2）。</translation>
    </message>
    <message>
        <source>The applicant must be at least %1 years old (is %2).</source>
        <translation>申请人须年满 %1 周岁（现为 %2 周岁）。</translation>
    </message>
    <message>
        <source>The applicant must be at most %1 years old (is %2).</source>
        <translation>申请人年龄不得超过 %1 周岁（现为 %2 周岁）。</translation>
    </message>
    <message>
        <source>Check %1, or whether this item applies.</source>
        <translation>请核对%1，或确认本事项是否适用。</translation>
    </message>
    <message>
        <source>Ask for %1.</source>
        <translation>请申请人提供%1。</translation>
    </message>
</context>
<context>
    <name>PrintedDocument</name>
    <message>
        <source>Notice No.</source>
        <translation>告知书编号</translation>
    </message>
    <message>
        <source>Dear %1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>The counter has pre-reviewed your application for %1. %2 item(s) must still be corrected or brought; all of them are listed below, at once.</source>
        <translation>您申请办理的%1，经窗口预审，尚有以下 %2 项需要补正或补充。现一次性告知如下：</translation>
    </message>
    <message>
        <source>Service applied for</source>
        <translation>办理事项</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>受理窗口</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>经办人员</translation>
    </message>
    <message>
        <source>Date issued</source>
        <translation>告知日期</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Concerning</source>
        <translation>涉及材料或内容</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>存在问题</translation>
    </message>
    <message>
        <source>What to bring or correct</source>
        <translation>补正要求</translation>
    </message>
    <message>
        <source>To correct or bring</source>
        <translation>需补正的材料和内容</translation>
    </message>
    <message>
        <source>Please bring everything listed above at once when you come back to the counter. Nothing beyond this notice will be asked of you for this application.</source>
        <translation>请按上述要求一次性补齐全部材料后再到窗口办理。除本告知书所列内容外，本次申请不再要求您补充其他材料。</translation>
    </message>
    <message>
        <source>Received by the applicant</source>
        <translation>申请人签收</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>One-time correction notice</source>
        <translation>一次性告知书</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>%1 (seal)</source>
        <translation>%1（盖章）</translation>
    </message>
    <message>
        <source>%1 %2 (Beijing time)</source>
        <translation>%1 %2（北京时间）</translation>
    </message>
    <message>
        <source>The PDF could not be saved to %1: %2</source>
        <translation>无法将 PDF 保存到 %1：%2</translation>
    </message>
    <message>
        <source>The printer or the file could not be opened for printing.</source>
        <translation>无法打开打印机或文件进行打印。</translation>
    </message>
    <message>
        <source>The printer did not take a new page.</source>
        <translation>打印机未能换页。</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>The document could not be finished on the printer or in the file.</source>
        <translation>文档未能在打印机或文件中完成输出。</translation>
    </message>
    <message>
        <source>No printer was chosen.</source>
        <translation>未选择打印机。</translation>
    </message>
    <message>
        <source>A QR code needs a text without NUL characters.</source>
        <translation>二维码内容不能为空，也不能含有 NUL 字符。</translation>
    </message>
    <message>
        <source>The text is too long for a QR code.</source>
        <translation>内容过长，无法生成二维码。</translation>
    </message>
    <message>
        <source>The QR code could not be made (error %1).</source>
        <translation>无法生成二维码（错误 %1）。</translation>
    </message>
    <message>
        <source>1 working day</source>
        <translation>1 个工作日</translation>
    </message>
    <message>
        <source>%1 working days</source>
        <translation>%1 个工作日</translation>
    </message>
    <message>
        <source>Electronic licence</source>
        <translation>电子证照</translation>
    </message>
    <message>
        <source>Waived</source>
        <translation>免于提交</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>原件</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复印件</translation>
    </message>
    <message>
        <source>Original and copy</source>
        <translation>原件及复印件</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Scan for the receipt number</source>
        <translation>扫码识别受理编号</translation>
    </message>
    <message>
        <source>Receipt No.</source>
        <translation>受理编号</translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation>受理人员</translation>
    </message>
    <message>
        <source>Accepted at</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Promised time limit</source>
        <translation>承诺时限</translation>
    </message>
    <message>
        <source>Promised completion date</source>
        <translation>承诺办结日期</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>材料名称</translation>
    </message>
    <message>
        <source>How received</source>
        <translation>收取方式</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>份数</translation>
    </message>
    <message>
        <source>Materials received</source>
        <translation>收取材料清单</translation>
    </message>
    <message>
        <source>Your application has been accepted and will be completed by %1 (%2).</source>
        <translation>您的申请已受理，承诺于%1前办结（%2）。</translation>
    </message>
    <message>
        <source>Keep this receipt. Quote the receipt number to ask about progress or to collect the result.</source>
        <translation>请妥善保管本回执，凭受理编号查询办理进度、领取办理结果。</translation>
    </message>
    <message>
        <source>Enquiries</source>
        <translation>咨询电话</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>温馨提示</translation>
    </message>
    <message>
        <source>Acceptance receipt</source>
        <translation>受理回执</translation>
    </message>
    <message>
        <source>The receipt has no receipt number.</source>
        <translation>回执没有受理编号。</translation>
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
    <name>ProfileEraser</name>
    <message>
        <source>Cannot erase %1: %2. Nothing after it was removed.</source>
        <translation>无法清除 %1：%2。其后的内容均未删除。</translation>
    </message>
    <message>
        <source>There is no CaseDesk profile in %1.</source>
        <translation>%1 中没有 CaseDesk 配置。</translation>
    </message>
    <message>
        <source>it cannot be deleted</source>
        <translation>无法删除</translation>
    </message>
    <message>
        <source>the folder cannot be deleted</source>
        <translation>无法删除该文件夹</translation>
    </message>
</context>
<context>
    <name>ProfileLock</name>
    <message>
        <source>The folder of the profile %1 cannot be made.</source>
        <translation>无法创建配置 %1 的文件夹。</translation>
    </message>
    <message>
        <source>The profile %1 is in use by another program on this computer (%2, process %3). Close it first, then try again.</source>
        <translation>配置 %1 正被本机上的另一程序使用（%2，进程 %3）。请先关闭该程序，然后重试。</translation>
    </message>
    <message>
        <source>The profile %1 cannot be locked for this program: %2 cannot be written.</source>
        <translation>无法为本程序锁定配置 %1：无法写入 %2。</translation>
    </message>
</context>
<context>
    <name>Protocol</name>
    <message>
        <source>The platform&apos;s message is malformed: %1</source>
        <translation>平台返回的消息格式有误：%1</translation>
    </message>
</context>
<context>
    <name>Rating</name>
    <message>
        <source>Very satisfied</source>
        <translation>非常满意</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Basically satisfied</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>Very dissatisfied</source>
        <translation>非常不满意</translation>
    </message>
</context>
<context>
    <name>RatingStore</name>
    <message>
        <source>Recording the rating</source>
        <translation>保存评价</translation>
    </message>
    <message>
        <source>The reason is %1 characters long; at most %2 can be kept. Please shorten it.</source>
        <translation>理由共 %1 个字，最多可保存 %2 个字，请精简后再提交。</translation>
    </message>
    <message>
        <source>There is no case %1 in this workstation&apos;s cache to rate.</source>
        <translation>本工作站缓存中没有办件 %1，无法评价。</translation>
    </message>
    <message>
        <source>This case has been rated already; a case is rated once.</source>
        <translation>该办件已评价过，每个办件只能评价一次。</translation>
    </message>
    <message>
        <source>Reading the rating</source>
        <translation>读取评价</translation>
    </message>
    <message>
        <source>Saving a rating another counter took</source>
        <translation>保存其他窗口收到的评价</translation>
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
    <name>SignInService</name>
    <message>
        <source>Enter your user id.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins for %1. Try again in %n second(s).</source>
        <translation>
            <numerusform>%1 登录失败次数过多，请 %n 秒后再试。</numerusform>
        </translation>
    </message>
    <message>
        <source>no platform is configured</source>
        <translation>未配置平台</translation>
    </message>
    <message>
        <source>The platform refused the sign-in: %1</source>
        <translation>平台拒绝登录：%1</translation>
    </message>
    <message>
        <source>The platform cannot be reached (%1), and %2 has not signed in online on this workstation before, so the password cannot be checked here. Sign in when the platform is back, or ask a colleague who has signed in here.</source>
        <translation>无法连接平台（%1），且 %2 此前从未在本工作站联网登录过，本机无法核验密码。请待平台恢复后再登录，或请曾在本机登录过的同事登录。</translation>
    </message>
    <message>
        <source>The user id or the password is wrong.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message numerus="yes">
        <source>After %1 failed attempts in a row, the next one is taken in %n second(s).</source>
        <translation>
            <numerusform>已连续失败 %1 次，%n 秒后才能再次尝试。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 signs in with a one-time code as well. Type the code your token shows now, and the password again.</source>
        <translation>%1 登录时还需输入动态口令。请输入令牌当前显示的动态口令，并重新输入密码。</translation>
    </message>
    <message>
        <source>The one-time code is wrong, or was used already. Type the code your token shows now.</source>
        <translation>动态口令不正确或已使用过。请输入令牌当前显示的动态口令。</translation>
    </message>
    <message numerus="yes">
        <source>The platform cannot be reached (%1). %2 signs in with a one-time code, which only the platform can check, and the last sign-in here with the code was more than %n hour(s) ago. Sign in when the platform is back.</source>
        <translation>
            <numerusform>无法连接平台（%1）。%2 登录需要动态口令，而动态口令只能由平台核验；本机上一次使用动态口令登录已超过 %n 小时。请在平台恢复后登录。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The platform holds back sign-ins for %1 after too many failed attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>失败次数过多，平台暂停了 %1 的登录。请在 %n 秒后重试。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignInStore</name>
    <message>
        <source>Reading the sign-in cache</source>
        <translation>读取登录缓存</translation>
    </message>
    <message>
        <source>Saving the sign-in cache</source>
        <translation>保存登录缓存</translation>
    </message>
    <message>
        <source>Reading the failed sign-ins</source>
        <translation>读取登录失败记录</translation>
    </message>
    <message>
        <source>Recording a failed sign-in</source>
        <translation>记录登录失败</translation>
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
    <name>SupervisorActions</name>
    <message>
        <source>%1: a reason is required.</source>
        <translation>%1：必须填写理由。</translation>
    </message>
    <message>
        <source>%1: the reason is %2 characters long; at most %3 are kept. Shorten it.</source>
        <translation>%1：理由共%2个字，最多可保存%3个字，请删减。</translation>
    </message>
    <message>
        <source>Reassigning case %1</source>
        <translation>改派办件 %1</translation>
    </message>
    <message>
        <source>%1: choose the staff member or the counter to hand it to.</source>
        <translation>%1：请选择改派给哪位工作人员或哪个窗口。</translation>
    </message>
    <message>
        <source>%1: the case is closed; only open cases are reassigned.</source>
        <translation>%1：该办件已办结，只能改派在办件。</translation>
    </message>
    <message>
        <source>%1: the case is already with %2 at counter %3.</source>
        <translation>%1：该办件已由 %3 号窗口的 %2 办理。</translation>
    </message>
    <message>
        <source>%1: the case changed meanwhile; look at it again.</source>
        <translation>%1：该办件刚被修改过，请重新查看。</translation>
    </message>
    <message>
        <source>Second-checking case %1</source>
        <translation>复核办件 %1</translation>
    </message>
    <message>
        <source>%1: only an open correction notice or a rejection is second-checked.</source>
        <translation>%1：只能复核尚未补正的一次性告知或不予许可决定。</translation>
    </message>
</context>
<context>
    <name>SyncStore</name>
    <message>
        <source>Reading the sync state</source>
        <translation>读取同步状态</translation>
    </message>
    <message>
        <source>Saving the sync state</source>
        <translation>保存同步状态</translation>
    </message>
    <message>
        <source>Counting pending changes</source>
        <translation>统计待同步的变更</translation>
    </message>
    <message>
        <source>Counting changes that need attention</source>
        <translation>统计需要处理的变更</translation>
    </message>
    <message>
        <source>Reading pending changes</source>
        <translation>读取待同步的变更</translation>
    </message>
    <message>
        <source>Saving the platform&apos;s version of case %1</source>
        <translation>保存平台上案件 %1 的版本</translation>
    </message>
    <message>
        <source>Recording the platform&apos;s answers</source>
        <translation>记录平台的处理结果</translation>
    </message>
    <message>
        <source>Saving a page of the platform&apos;s changes</source>
        <translation>保存一页平台变更</translation>
    </message>
    <message>
        <source>Reading the changes that need attention</source>
        <translation>读取需要处理的变更</translation>
    </message>
    <message>
        <source>Counting receipt numbers</source>
        <translation>统计受理编号</translation>
    </message>
    <message>
        <source>Saving receipt numbers</source>
        <translation>保存受理编号</translation>
    </message>
    <message>
        <source>Taking a receipt number</source>
        <translation>领取受理编号</translation>
    </message>
    <message>
        <source>No receipt numbers are left on this workstation. Connect to the platform to reserve more.</source>
        <translation>本工作站已没有可用的受理编号。请连接平台以预留更多编号。</translation>
    </message>
    <message>
        <source>Reading documents to send</source>
        <translation>读取待上传的材料文件</translation>
    </message>
    <message>
        <source>Reading a document</source>
        <translation>读取材料文件</translation>
    </message>
    <message>
        <source>Recording an upload</source>
        <translation>记录上传进度</translation>
    </message>
    <message>
        <source>Settling a change that needs attention</source>
        <translation>处理待关注的变更</translation>
    </message>
    <message>
        <source>%1: who did it is not recorded.</source>
        <translation>%1：未记录操作人。</translation>
    </message>
    <message>
        <source>%1: it was settled already.</source>
        <translation>%1：该项已处理。</translation>
    </message>
    <message>
        <source>Only a state change that clashed with the platform&apos;s can be sent again; this one can only be set aside.</source>
        <translation>只有与平台冲突的状态变更可以重新提交；此项只能搁置。</translation>
    </message>
    <message>
        <source>Staging the hall&apos;s cases for the first pull</source>
        <translation>正在暂存本厅首次同步的案件</translation>
    </message>
    <message>
        <source>Moving the hall&apos;s cases from the first pull into the case list</source>
        <translation>正在将首次同步的案件移入案件列表</translation>
    </message>
    <message>
        <source>the vault has a row it clashes with</source>
        <translation>本地库中已有与之冲突的记录</translation>
    </message>
</context>
<context>
    <name>Validators</name>
    <message>
        <source>Characters 7 to 14 are the birth date (yyyyMMdd); compare them with the ID card.</source>
        <translation>第7至14位是出生日期（年月日，共8位），请与身份证核对。</translation>
    </message>
    <message>
        <source>No citizen ID number was entered.</source>
        <translation>未填写公民身份号码。</translation>
    </message>
    <message>
        <source>Enter the 18-character number on the ID card.</source>
        <translation>请填写身份证上的18位号码。</translation>
    </message>
    <message>
        <source>This is a 15-digit first-generation ID number; such cards are no longer valid.</source>
        <translation>这是15位的第一代身份证号码，第一代身份证已停止使用。</translation>
    </message>
    <message>
        <source>Ask for the current 18-character resident ID card.</source>
        <translation>请申请人出示现行有效的18位居民身份证。</translation>
    </message>
    <message>
        <source>A citizen ID number has 18 characters; this one has %1.</source>
        <translation>公民身份号码应为18位，当前为%1位。</translation>
    </message>
    <message>
        <source>Copy all 18 characters again from the ID card.</source>
        <translation>请对照身份证重新录入全部18位。</translation>
    </message>
    <message>
        <source>A citizen ID number is 17 digits followed by a digit or X.</source>
        <translation>公民身份号码由17位数字加1位数字或X组成。</translation>
    </message>
    <message>
        <source>Look for letters or symbols typed by mistake; only the last character may be X.</source>
        <translation>请检查是否误录了字母或符号；只有最后一位可以是X。</translation>
    </message>
    <message>
        <source>The number starts with %1, which is not a province code (GB/T 2260).</source>
        <translation>号码以%1开头，不是省级行政区划代码（GB/T 2260）。</translation>
    </message>
    <message>
        <source>The first two digits stand for the province; compare them with the ID card.</source>
        <translation>前两位代表省份，请与身份证核对。</translation>
    </message>
    <message>
        <source>The birth date %1 in the number does not exist.</source>
        <translation>号码中的出生日期%1不存在。</translation>
    </message>
    <message>
        <source>The birth date %1 in the number is before 1890.</source>
        <translation>号码中的出生日期%1早于1890年。</translation>
    </message>
    <message>
        <source>The birth date %1 in the number is in the future.</source>
        <translation>号码中的出生日期%1晚于今天。</translation>
    </message>
    <message>
        <source>The last character does not match the first 17 (ISO 7064 MOD 11-2 check).</source>
        <translation>最后一位校验码与前17位不符（ISO 7064 MOD 11-2 校验）。</translation>
    </message>
    <message>
        <source>A character is probably mistyped or two are swapped; compare the whole number with the ID card.</source>
        <translation>可能有一位录错或两位颠倒，请对照身份证核对整个号码。</translation>
    </message>
    <message>
        <source>The region code %1 is not in the current list of counties.</source>
        <translation>地址码%1不在现行县级行政区划代码表中。</translation>
    </message>
    <message>
        <source>Older cards may carry a code that has since been replaced; compare the number with the ID card.</source>
        <translation>较早办理的身份证可能使用已调整的旧代码，请对照身份证核对号码。</translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation>超过 %1 个字符</translation>
    </message>
    <message>
        <source>Shorten it to %1 characters.</source>
        <translation>请缩减到 %1 个字符以内。</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>不是数字</translation>
    </message>
    <message>
        <source>Enter digits only.</source>
        <translation>请只输入数字。</translation>
    </message>
    <message>
        <source>not one of the listed options</source>
        <translation>不是所列选项之一</translation>
    </message>
    <message>
        <source>Choose one of the options.</source>
        <translation>请从选项中选择。</translation>
    </message>
    <message>
        <source>neither yes nor no</source>
        <translation>既不是“是”也不是“否”</translation>
    </message>
    <message>
        <source>Answer yes or no.</source>
        <translation>请选择“是”或“否”。</translation>
    </message>
    <message>
        <source>Compare the code with the business licence or registration certificate.</source>
        <translation>请对照营业执照或登记证书核对代码。</translation>
    </message>
    <message>
        <source>No unified social credit code was entered.</source>
        <translation>未填写统一社会信用代码。</translation>
    </message>
    <message>
        <source>Enter the 18-character code on the business licence or registration certificate.</source>
        <translation>请填写营业执照或登记证书上的18位代码。</translation>
    </message>
    <message>
        <source>A unified social credit code has 18 characters; this one has %1.</source>
        <translation>统一社会信用代码应为18位，当前为%1位。</translation>
    </message>
    <message>
        <source>Copy all 18 characters again from the licence or certificate.</source>
        <translation>请对照执照或证书重新录入全部18位。</translation>
    </message>
    <message>
        <source>The character %1 does not occur in unified social credit codes.</source>
        <translation>统一社会信用代码中不会出现字符%1。</translation>
    </message>
    <message>
        <source>The code uses digits and capital letters other than I, O, S, V and Z: an O is probably the digit 0, an I the digit 1.</source>
        <translation>代码由数字和大写字母组成，不使用I、O、S、V、Z：O多半应为数字0，I多半应为数字1。</translation>
    </message>
    <message>
        <source>The first character, %1, is not a registration authority code.</source>
        <translation>第1位%1不是登记管理部门代码。</translation>
    </message>
    <message>
        <source>The first character is 1 to 9, A, N or Y; compare the code with the licence or certificate.</source>
        <translation>第1位应为1至9、A、N或Y，请对照执照或证书核对。</translation>
    </message>
    <message>
        <source>The second character, %1, is not an organisation type of registration authority %2.</source>
        <translation>第2位%1不是登记管理部门%2下的机构类别代码。</translation>
    </message>
    <message>
        <source>Characters 3 to 8 are a region code of six digits, not %1.</source>
        <translation>第3至8位应为6位数字的行政区划码，而不是%1。</translation>
    </message>
    <message>
        <source>The last character does not match the first 17 (GB 32100 check).</source>
        <translation>最后一位校验码与前17位不符（GB 32100 校验）。</translation>
    </message>
    <message>
        <source>A character is probably mistyped or two are swapped; compare the whole code with the licence or certificate.</source>
        <translation>可能有一位录错或两位颠倒，请对照执照或证书核对整个代码。</translation>
    </message>
    <message>
        <source>Characters 9 to 17 fail the organisation code check (GB 11714).</source>
        <translation>第9至17位未通过组织机构代码校验（GB 11714）。</translation>
    </message>
    <message>
        <source>No bank card number was entered.</source>
        <translation>未填写银行卡号。</translation>
    </message>
    <message>
        <source>Enter the number printed on the bank card.</source>
        <translation>请填写银行卡上印的卡号。</translation>
    </message>
    <message>
        <source>A bank card number holds only digits, spaces and hyphens.</source>
        <translation>银行卡号只能包含数字、空格和连字符。</translation>
    </message>
    <message>
        <source>Remove the letters and other symbols.</source>
        <translation>请删除字母和其他符号。</translation>
    </message>
    <message>
        <source>A bank card number has 16 to 19 digits; this one has %1.</source>
        <translation>银行卡号应为16至19位，当前为%1位。</translation>
    </message>
    <message>
        <source>Copy all digits again from the card.</source>
        <translation>请对照银行卡重新录入全部数字。</translation>
    </message>
    <message>
        <source>The last digit does not match the others (Luhn check).</source>
        <translation>最后一位校验位与其余数字不符（Luhn 校验）。</translation>
    </message>
    <message>
        <source>A digit is probably mistyped or two are swapped; compare the whole number with the card.</source>
        <translation>可能有一位录错或两位颠倒，请对照银行卡核对整个卡号。</translation>
    </message>
    <message>
        <source>No date was entered.</source>
        <translation>未填写日期。</translation>
    </message>
    <message>
        <source>Enter the date, e.g. 2024-03-05.</source>
        <translation>请填写日期，例如 2024-03-05。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date in a recognised form.</source>
        <translation>“%1”不是可识别的日期格式。</translation>
    </message>
    <message>
        <source>Write the date as 2024-03-05, 2024/03/05 or 2024年3月5日.</source>
        <translation>请按 2024-03-05、2024/03/05 或 2024年3月5日 的格式填写。</translation>
    </message>
    <message>
        <source>The date %1 does not exist.</source>
        <translation>日期%1不存在。</translation>
    </message>
    <message>
        <source>Check the month and the day: February has 29 days only in leap years.</source>
        <translation>请核对月和日：只有闰年的二月才有29日。</translation>
    </message>
    <message>
        <source>The date %1 is after today, %2.</source>
        <translation>日期%1晚于今天（%2）。</translation>
    </message>
    <message>
        <source>This date cannot be in the future; check the year.</source>
        <translation>此日期不能晚于今天，请核对年份。</translation>
    </message>
    <message>
        <source>The date %1 is before today, %2.</source>
        <translation>日期%1早于今天（%2）。</translation>
    </message>
    <message>
        <source>This date cannot be in the past; check the year.</source>
        <translation>此日期不能早于今天，请核对年份。</translation>
    </message>
    <message>
        <source>A mainland mobile number has 11 digits; this one has %1.</source>
        <translation>大陆手机号码应为11位，当前为%1位。</translation>
    </message>
    <message>
        <source>Count the digits again; a landline number belongs in the landline field.</source>
        <translation>请重新核对位数；固定电话请填在固定电话一栏。</translation>
    </message>
    <message>
        <source>No mobile number was entered.</source>
        <translation>未填写手机号码。</translation>
    </message>
    <message>
        <source>Enter the 11-digit mobile number, e.g. 138 0013 8000.</source>
        <translation>请填写11位手机号码，例如 138 0013 8000。</translation>
    </message>
    <message>
        <source>A mobile number holds only digits, spaces, hyphens and a +86 in front.</source>
        <translation>手机号码只能包含数字、空格、连字符和开头的+86。</translation>
    </message>
    <message>
        <source>Only mainland numbers (+86) are accepted as mobile numbers.</source>
        <translation>手机号码只接受大陆号码（+86）。</translation>
    </message>
    <message>
        <source>Enter an 11-digit mainland mobile number.</source>
        <translation>请填写11位大陆手机号码。</translation>
    </message>
    <message>
        <source>A mainland mobile number starts with 13 to 19, not with %1.</source>
        <translation>大陆手机号码以13至19开头，不以%1开头。</translation>
    </message>
    <message>
        <source>Check the first digits; a landline number belongs in the landline field.</source>
        <translation>请核对开头几位；固定电话请填在固定电话一栏。</translation>
    </message>
    <message>
        <source>No landline number was entered.</source>
        <translation>未填写固定电话号码。</translation>
    </message>
    <message>
        <source>Enter the area code and the number, e.g. 010-65123456.</source>
        <translation>请填写区号和号码，例如 010-65123456。</translation>
    </message>
    <message>
        <source>An extension has 1 to 6 digits, not &quot;%1&quot;.</source>
        <translation>分机号应为1至6位数字，而不是“%1”。</translation>
    </message>
    <message>
        <source>Write the extension after 转, e.g. 转123.</source>
        <translation>请把分机号写在“转”之后，例如 转123。</translation>
    </message>
    <message>
        <source>A landline number holds only digits, spaces, hyphens, parentheses and an extension.</source>
        <translation>固定电话号码只能包含数字、空格、连字符、括号和分机号。</translation>
    </message>
    <message>
        <source>Remove the letters and other symbols; write an extension after 转.</source>
        <translation>请删除字母和其他符号；分机号写在“转”之后。</translation>
    </message>
    <message>
        <source>This is a mobile number, not a landline number.</source>
        <translation>这是手机号码，不是固定电话号码。</translation>
    </message>
    <message>
        <source>Enter it in the mobile number field.</source>
        <translation>请填在手机号码一栏。</translation>
    </message>
    <message>
        <source>The number does not start with an area code.</source>
        <translation>号码开头没有区号。</translation>
    </message>
    <message>
        <source>Write the area code first, starting with 0: 010-65123456, 0755-86013388.</source>
        <translation>请先写以0开头的区号，例如 010-65123456、0755-86013388。</translation>
    </message>
    <message>
        <source>After the area code %1 comes a number of 7 or 8 digits not starting with 0 or 1, not &quot;%2&quot;.</source>
        <translation>区号%1之后应为7或8位、不以0或1开头的号码，而不是“%2”。</translation>
    </message>
    <message>
        <source>Check the digits after the area code; write an extension after 转.</source>
        <translation>请核对区号后的数字；分机号写在“转”之后。</translation>
    </message>
    <message>
        <source>The first two digits stand for the province; check them against the address.</source>
        <translation>前两位代表省份，请与地址核对。</translation>
    </message>
    <message>
        <source>No postal code was entered.</source>
        <translation>未填写邮政编码。</translation>
    </message>
    <message>
        <source>Enter the six-digit postal code, e.g. 100010.</source>
        <translation>请填写6位邮政编码，例如 100010。</translation>
    </message>
    <message>
        <source>A postal code is six digits, not &quot;%1&quot;.</source>
        <translation>邮政编码应为6位数字，而不是“%1”。</translation>
    </message>
    <message>
        <source>Enter the six digits only, e.g. 100010.</source>
        <translation>只填6位数字，例如 100010。</translation>
    </message>
    <message>
        <source>000000 is not a postal code.</source>
        <translation>000000 不是邮政编码。</translation>
    </message>
    <message>
        <source>Enter the postal code of the address.</source>
        <translation>请填写该地址的邮政编码。</translation>
    </message>
    <message>
        <source>Mainland postal codes start with 01 to 86; this one starts with %1.</source>
        <translation>大陆邮政编码以01至86开头，此编码以%1开头。</translation>
    </message>
    <message>
        <source>No province uses postal codes starting with %1.</source>
        <translation>没有省份使用以%1开头的邮政编码。</translation>
    </message>
    <message>
        <source>No amount was entered.</source>
        <translation>未填写金额。</translation>
    </message>
    <message>
        <source>Enter the amount in yuan, e.g. 1234.56.</source>
        <translation>请以元为单位填写金额，例如 1234.56。</translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <source>Enter the amount without a minus sign.</source>
        <translation>请去掉负号后填写金额。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in yuan.</source>
        <translation>“%1”不是以元为单位的金额。</translation>
    </message>
    <message>
        <source>Write digits with at most two decimals, e.g. 1,234.56 or ¥1234.56.</source>
        <translation>请填写数字，最多两位小数，例如 1,234.56 或 ¥1234.56。</translation>
    </message>
    <message>
        <source>An amount in yuan has at most two decimals (fen); this one has %1.</source>
        <translation>以元为单位的金额最多两位小数（到分），当前有%1位。</translation>
    </message>
    <message>
        <source>Round the amount to the fen, e.g. 12.35.</source>
        <translation>请把金额精确到分，例如 12.35。</translation>
    </message>
    <message>
        <source>The amount exceeds 1,000,000,000,000 yuan.</source>
        <translation>金额超过 1,000,000,000,000 元。</translation>
    </message>
    <message>
        <source>Check the number of digits.</source>
        <translation>请核对位数。</translation>
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
    <message>
        <source>Close this window</source>
        <translation>关闭此窗口</translation>
    </message>
</context>
<context>
    <name>casedesk::BoardCountModel</name>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>✕ %1</source>
        <translation>✕ %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>在办</translation>
    </message>
    <message>
        <source>Awaiting acceptance</source>
        <translation>待受理</translation>
    </message>
    <message>
        <source>In process</source>
        <translation>办理中</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>临期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
</context>
<context>
    <name>casedesk::CaseDetailDialog</name>
    <message>
        <source>The case could not be read: %1</source>
        <translation>无法读取办件：%1</translation>
    </message>
    <message>
        <source>The materials could not be read: %1</source>
        <translation>无法读取材料：%1</translation>
    </message>
    <message>
        <source>Receipt number:</source>
        <translation>受理编号：</translation>
    </message>
    <message>
        <source>Service item(s):</source>
        <translation>办理事项：</translation>
    </message>
    <message>
        <source>Applicant:</source>
        <translation>申请人：</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Promised completion:</source>
        <translation>承诺办结：</translation>
    </message>
    <message>
        <source>Taken in at:</source>
        <translation>收件时间：</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>办理经过</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>Pre-review findings</source>
        <translation>预审发现</translation>
    </message>
    <message>
        <source>What happened to the case, oldest first</source>
        <translation>办件的办理经过，按时间先后</translation>
    </message>
    <message>
        <source>The materials and their documents</source>
        <translation>材料及其文件</translation>
    </message>
    <message>
        <source>What pre-review found, and the correction notices</source>
        <translation>预审发现的问题及补正告知</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Enter shows the selected material&apos;s document</source>
        <translation>按回车显示所选材料的文件</translation>
    </message>
    <message>
        <source>View document</source>
        <translation>查看文件</translation>
    </message>
    <message>
        <source>At the counter</source>
        <translation>窗口领取</translation>
    </message>
    <message>
        <source>By post</source>
        <translation>邮寄</translation>
    </message>
    <message>
        <source>Electronically</source>
        <translation>电子送达</translation>
    </message>
    <message>
        <source>Handed over:</source>
        <translation>送达方式：</translation>
    </message>
    <message>
        <source>How the result is handed over</source>
        <translation>办理结果的送达方式</translation>
    </message>
    <message>
        <source>Hand over the result</source>
        <translation>送达办理结果</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation>关闭办件</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>(not in this workstation&apos;s cache)</source>
        <translation>（不在本工作站缓存中）</translation>
    </message>
    <message>
        <source>%1, ID %2</source>
        <translation>%1，证件号 %2</translation>
    </message>
    <message>
        <source>%1, credit code %2</source>
        <translation>%1，统一社会信用代码 %2</translation>
    </message>
    <message>
        <source>%1, mobile %2</source>
        <translation>%1，手机 %2</translation>
    </message>
    <message>
        <source>No promised date recorded</source>
        <translation>未记录承诺日期</translation>
    </message>
    <message>
        <source>Set when the case is accepted</source>
        <translation>受理时确定</translation>
    </message>
    <message>
        <source>Promised by %1</source>
        <translation>承诺 %1 前办结</translation>
    </message>
    <message>
        <source>Promised by %1 (the working-day calendar does not reach that far)</source>
        <translation>承诺 %1 前办结（工作日日历尚未覆盖该日期）</translation>
    </message>
    <message numerus="yes">
        <source>Promised by %1 — overdue by %n working day(s)</source>
        <translation>
            <numerusform>承诺 %1 前办结 — 已超期 %n 个工作日</numerusform>
        </translation>
    </message>
    <message>
        <source>Promised by %1 — overdue</source>
        <translation>承诺 %1 前办结 — 已超期</translation>
    </message>
    <message>
        <source>Promised by %1 — due today</source>
        <translation>承诺 %1 前办结 — 今天到期</translation>
    </message>
    <message numerus="yes">
        <source>Promised by %1 — %n working day(s) left</source>
        <translation>
            <numerusform>承诺 %1 前办结 — 剩余 %n 个工作日</numerusform>
        </translation>
    </message>
    <message>
        <source>(not yet accepted)</source>
        <translation>（尚未受理）</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>办件 %1</translation>
    </message>
    <message>
        <source>Counter %1</source>
        <translation>%1 号窗口</translation>
    </message>
    <message>
        <source>Counter %1, by %2</source>
        <translation>%1 号窗口，经办人 %2</translation>
    </message>
    <message>
        <source>%1; accepted %2</source>
        <translation>%1；受理于 %2</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>receipt number %1</source>
        <translation>受理编号 %1</translation>
    </message>
    <message>
        <source>promised by %1</source>
        <translation>承诺 %1 前办结</translation>
    </message>
    <message>
        <source>handed over: %1</source>
        <translation>送达方式：%1</translation>
    </message>
    <message>
        <source>received</source>
        <translation>已收取</translation>
    </message>
    <message>
        <source>stood in by an electronic licence</source>
        <translation>以电子证照代替</translation>
    </message>
    <message>
        <source>waived</source>
        <translation>免交</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺少</translation>
    </message>
    <message>
        <source>this workstation&apos;s change (%1) set aside; the platform&apos;s version kept</source>
        <translation>本工作站的变更（%1）已搁置；保留平台版本</translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>supervisor override by %1</source>
        <translation>主管 %1 越权受理</translation>
    </message>
    <message>
        <source>sent again after a sync conflict</source>
        <translation>同步冲突后重新提交</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>缺少</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已收取</translation>
    </message>
    <message>
        <source>Stood in by an electronic licence</source>
        <translation>以电子证照代替</translation>
    </message>
    <message>
        <source>Waived</source>
        <translation>免交</translation>
    </message>
    <message>
        <source>Waived: %1</source>
        <translation>免交：%1</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1（必交）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>scan in the vault (%1…)</source>
        <translation>扫描件已存入本地库（%1…）</translation>
    </message>
    <message>
        <source>Blocks acceptance</source>
        <translation>阻止受理</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>For information</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>%1 — pre-review at &quot;%2&quot; by %3: %4 blocking, %5 warning(s), %6 for information</source>
        <translation>%1 — %3 在“%2”预审：阻止受理 %4 项，警告 %5 项，提示 %6 项</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2：%3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message>
        <source>%1 — accepted despite blocking findings: supervisor %2, reason: %3</source>
        <translation>%1 — 存在阻止受理的问题但仍予受理：主管 %2，原因：%3</translation>
    </message>
    <message numerus="yes">
        <source>%1 — correction notice %2 by %3: %n item(s) to bring or correct</source>
        <translation>
            <numerusform>%1 — %3 出具补正告知 %2：需补交或更正 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <translation>%1：%2 — %3</translation>
    </message>
    <message>
        <source>No pre-review was recorded for this case.</source>
        <translation>该办件没有预审记录。</translation>
    </message>
    <message>
        <source>The case could not be read.</source>
        <translation>无法读取办件。</translation>
    </message>
    <message>
        <source>The result was handed over already.</source>
        <translation>办理结果已送达。</translation>
    </message>
    <message>
        <source>The case has ended (%1): there is no result to hand over.</source>
        <translation>办件已终结（%1）：没有需要送达的结果。</translation>
    </message>
    <message>
        <source>Processing has not started yet: the result can be handed over once the case is in progress.</source>
        <translation>尚未开始办理：办件进入办理后才能送达结果。</translation>
    </message>
    <message>
        <source>The case has not been accepted yet: there is no result to hand over.</source>
        <translation>办件尚未受理：没有需要送达的结果。</translation>
    </message>
    <message>
        <source>Record that the applicant has the result; the case is then completed</source>
        <translation>登记申请人已取得办理结果；办件随即办结</translation>
    </message>
    <message>
        <source>Show the selected material&apos;s document</source>
        <translation>显示所选材料的文件</translation>
    </message>
    <message>
        <source>No document is attached to the selected material</source>
        <translation>所选材料未附加文件</translation>
    </message>
    <message>
        <source>Hand over the result?</source>
        <translation>送达办理结果？</translation>
    </message>
    <message>
        <source>Hand over the result of case %1 to %2 (%3)? The case is then completed.</source>
        <translation>将办件 %1 的办理结果送达 %2（%3）？办件随即办结。</translation>
    </message>
    <message>
        <source>The hand-over was not recorded: %1</source>
        <translation>未能登记送达：%1</translation>
    </message>
    <message>
        <source>No document is attached to this material.</source>
        <translation>该材料未附加文件。</translation>
    </message>
    <message>
        <source>Mask personal data</source>
        <translation>脱敏显示</translation>
    </message>
    <message>
        <source>Show personal data</source>
        <translation>显示完整信息</translation>
    </message>
    <message>
        <source>Mask the applicant&apos;s ID number, name and mobile again</source>
        <translation>重新对申请人的身份证号、姓名和手机号脱敏显示</translation>
    </message>
    <message>
        <source>Show the applicant&apos;s ID number, name and mobile unmasked; this is recorded in the audit log</source>
        <translation>显示申请人完整的身份证号、姓名和手机号；此操作将记入审计日志</translation>
    </message>
    <message>
        <source>The personal data stays masked: %1</source>
        <translation>个人信息仍保持脱敏显示：%1</translation>
    </message>
    <message>
        <source>At the counter, by post or electronically; recorded with the hand-over</source>
        <translation>窗口领取、邮寄或电子送达；随送达一并记录</translation>
    </message>
</context>
<context>
    <name>casedesk::CaseListModel</name>
    <message>
        <source>(not yet accepted)</source>
        <translation>（尚未受理）</translation>
    </message>
    <message>
        <source>%1 (ID …%2)</source>
        <translation>%1（证件尾号 %2）</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) left</source>
        <translation>
            <numerusform>剩余 %n 个工作日</numerusform>
        </translation>
    </message>
    <message>
        <source>Due soon (%1)</source>
        <translation>即将到期（%1）</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>已超期（应于 %1 办结）</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>受理编号</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Service item</source>
        <translation>办理事项</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>最近变更</translation>
    </message>
</context>
<context>
    <name>casedesk::CitizenScreen</name>
    <message>
        <source>CaseDesk — for the applicant</source>
        <translation>CaseDesk — 办事群众查看屏</translation>
    </message>
    <message>
        <source>Welcome. The staff member will be with you shortly.</source>
        <translation>欢迎！工作人员马上为您办理。</translation>
    </message>
    <message>
        <source>Materials received</source>
        <translation>已收材料</translation>
    </message>
    <message>
        <source>Materials still missing</source>
        <translation>尚缺材料</translation>
    </message>
    <message>
        <source>How satisfied are you with this service? Please choose one.</source>
        <translation>您对本次服务满意吗？请选择一项。</translation>
    </message>
    <message>
        <source>&amp;Reason (optional):</source>
        <translation>理由（选填）(&amp;R)：</translation>
    </message>
    <message>
        <source>Tell us why, if you like</source>
        <translation>如愿意，请告诉我们原因</translation>
    </message>
    <message>
        <source>Submit rating</source>
        <translation>提交评价</translation>
    </message>
    <message>
        <source>Thank you for your rating!</source>
        <translation>感谢您的评价！</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>欢迎</translation>
    </message>
    <message>
        <source>Your application is being taken in</source>
        <translation>正在为您办理</translation>
    </message>
    <message>
        <source>✓ Your application has been accepted</source>
        <translation>✓ 您的申请已受理</translation>
    </message>
    <message>
        <source>Some materials need to be brought or corrected</source>
        <translation>部分材料需要补齐或更正</translation>
    </message>
    <message>
        <source>Choosing the service item…</source>
        <translation>正在选择办理事项…</translation>
    </message>
    <message>
        <source>Item: %1</source>
        <translation>办理事项：%1</translation>
    </message>
    <message>
        <source>Applicant: %1</source>
        <translation>申请人：%1</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <source>✓ Nothing is missing</source>
        <translation>✓ 材料已齐全</translation>
    </message>
    <message numerus="yes">
        <source>If accepted today, it will be done by %1 (%n working day(s))</source>
        <translation>
            <numerusform>如今天受理，承诺于 %1 前办结（%n 个工作日）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Promised completion date: %1 (%n working day(s))</source>
        <translation>
            <numerusform>承诺办结日期：%1（%n 个工作日）</numerusform>
        </translation>
    </message>
    <message>
        <source>Receipt number: %1</source>
        <translation>受理编号：%1</translation>
    </message>
    <message>
        <source>Choose this rating, then submit it</source>
        <translation>选择此评价，然后提交</translation>
    </message>
    <message>
        <source>Optional: why you chose this rating; Enter submits it</source>
        <translation>选填：选择此评价的原因；按 Enter 提交</translation>
    </message>
    <message>
        <source>Send your rating to the service hall</source>
        <translation>将您的评价提交给服务大厅</translation>
    </message>
</context>
<context>
    <name>casedesk::ConflictsDialog</name>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>受理编号</translation>
    </message>
    <message>
        <source>Promised by</source>
        <translation>承诺办结日期</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>变更人</translation>
    </message>
    <message>
        <source>Changed at</source>
        <translation>变更时间</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>Material state</source>
        <translation>材料状态</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Platform&apos;s answer</source>
        <translation>平台答复</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>新办件</translation>
    </message>
    <message>
        <source>based on %1</source>
        <translation>基于 %1</translation>
    </message>
    <message>
        <source>Changes that need attention</source>
        <translation>需要处理的变更</translation>
    </message>
    <message>
        <source>The platform did not take these changes as they were. Nothing is lost: compare this workstation&apos;s version with the platform&apos;s, then keep the platform&apos;s or send yours again.</source>
        <translation>平台未按原样接受这些变更。数据没有丢失：请比较本工作站与平台的版本，然后保留平台版本或重新提交本机版本。</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>办件</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Noticed</source>
        <translation>发现时间</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>This workstation</source>
        <translation>本工作站</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Both versions, side by side</source>
        <translation>两个版本并列对照</translation>
    </message>
    <message>
        <source>Keep the platform&apos;s version</source>
        <translation>保留平台版本</translation>
    </message>
    <message>
        <source>Send mine again</source>
        <translation>重新提交本机版本</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Close the list; what is left stays on it</source>
        <translation>关闭列表；未处理的仍保留在列表中</translation>
    </message>
    <message>
        <source>The list could not be read: %1</source>
        <translation>无法读取列表：%1</translation>
    </message>
    <message>
        <source>Clashed with a change on the platform</source>
        <translation>与平台上的变更冲突</translation>
    </message>
    <message>
        <source>Refused by the platform: %1</source>
        <translation>被平台拒绝：%1</translation>
    </message>
    <message>
        <source>Nothing needs attention.</source>
        <translation>没有需要处理的变更。</translation>
    </message>
    <message>
        <source>case …%1</source>
        <translation>办件 …%1</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>已拒绝：%1</translation>
    </message>
    <message>
        <source>%1 (differs)</source>
        <translation>%1（不同）</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Select a change first.</source>
        <translation>请先选择一项变更。</translation>
    </message>
    <message>
        <source>The platform refused this change outright: sent again, it would be refused again.</source>
        <translation>平台已明确拒绝此变更：重新提交仍会被拒绝。</translation>
    </message>
    <message>
        <source>Only a change of state can be sent again.</source>
        <translation>只有状态变更可以重新提交。</translation>
    </message>
    <message>
        <source>The case is not in this workstation&apos;s cache.</source>
        <translation>该办件不在本工作站缓存中。</translation>
    </message>
    <message>
        <source>The case is now &quot;%1&quot;: &quot;%2&quot; is not possible any more.</source>
        <translation>办件当前为“%1”：已无法“%2”。</translation>
    </message>
    <message>
        <source>Set the refused change aside: the platform&apos;s decision stands</source>
        <translation>搁置被拒绝的变更：以平台决定为准</translation>
    </message>
    <message>
        <source>The case keeps the platform&apos;s version (it shows it already); this change is set aside</source>
        <translation>办件保留平台版本（当前已显示该版本）；此变更被搁置</translation>
    </message>
    <message>
        <source>Make this workstation&apos;s change again on the platform&apos;s version, and send it</source>
        <translation>在平台版本基础上重做本工作站的变更并提交</translation>
    </message>
    <message>
        <source>Not settled: %1</source>
        <translation>未能处理：%1</translation>
    </message>
    <message>
        <source>%1: the platform&apos;s version is kept.</source>
        <translation>%1：已保留平台版本。</translation>
    </message>
    <message>
        <source>%1: this workstation&apos;s change is made again and will be sent.</source>
        <translation>%1：本工作站的变更已重做，将会提交。</translation>
    </message>
    <message>
        <source>%1 Nothing else needs attention.</source>
        <translation>%1 没有其他需要处理的变更。</translation>
    </message>
    <message>
        <source>Reassigned</source>
        <translation>已改派</translation>
    </message>
    <message>
        <source>Follow-up of a bad rating closed</source>
        <translation>差评整改已办结</translation>
    </message>
    <message>
        <source>The arrow keys choose a change; both its versions show in the list below</source>
        <translation>用方向键选择一项变更；其两个版本显示在下方列表中</translation>
    </message>
    <message>
        <source>Field by field, this workstation&apos;s version and the platform&apos;s; a field that differs says so</source>
        <translation>逐项对照本工作站与平台的版本；不同之处会标明</translation>
    </message>
</context>
<context>
    <name>casedesk::DeadlineBoardModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>Working days left (due)</source>
        <translation>剩余工作日（到期日）</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>受理编号</translation>
    </message>
    <message>
        <source>Service item</source>
        <translation>办理事项</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
</context>
<context>
    <name>casedesk::DocumentDialog</name>
    <message>
        <source>Close the document</source>
        <translation>关闭文档</translation>
    </message>
</context>
<context>
    <name>casedesk::DocumentViewer</name>
    <message>
        <source>Page %1 of &quot;%2&quot; cannot be shown.</source>
        <translation>无法显示“%2”的第 %1 页。</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>&quot;%1&quot;, page %2 of %3</source>
        <translation>“%1”，第 %2 页，共 %3 页</translation>
    </message>
    <message>
        <source>No document</source>
        <translation>没有文件</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>旋转</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>The page shown; the arrow keys scroll it, Page Up and Page Down turn the pages</source>
        <translation>当前显示的页面；方向键滚动，Page Up 和 Page Down 翻页</translation>
    </message>
</context>
<context>
    <name>casedesk::DraftsDialog</name>
    <message>
        <source>(no applicant yet)</source>
        <translation>（尚未填写申请人）</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（无姓名）</translation>
    </message>
    <message>
        <source>%1 (ID …%2)</source>
        <translation>%1（证件尾号 %2）</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>继续办理(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>丢弃(&amp;D)…</translation>
    </message>
    <message>
        <source>Unfinished intakes</source>
        <translation>未完成的收件</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Service item</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Last saved</source>
        <translation>最近保存</translation>
    </message>
    <message>
        <source>Enter resumes the selected intake; Delete discards it</source>
        <translation>按回车继续办理所选收件；按 Delete 丢弃</translation>
    </message>
    <message>
        <source>Continue the selected intake</source>
        <translation>继续办理所选收件</translation>
    </message>
    <message>
        <source>Discard the selected intake</source>
        <translation>丢弃所选收件</translation>
    </message>
    <message>
        <source>The drafts could not be read: %1</source>
        <translation>无法读取草稿：%1</translation>
    </message>
    <message>
        <source>No unfinished intakes.</source>
        <translation>没有未完成的收件。</translation>
    </message>
    <message>
        <source>(no item chosen)</source>
        <translation>（尚未选择事项）</translation>
    </message>
    <message>
        <source>Discard the intake?</source>
        <translation>丢弃该收件？</translation>
    </message>
    <message>
        <source>Discard the unfinished intake for %1? What was typed for it cannot be brought back.</source>
        <translation>确定丢弃 %1 的未完成收件吗？已录入的内容将无法恢复。</translation>
    </message>
    <message>
        <source>The draft could not be discarded: %1</source>
        <translation>无法丢弃草稿：%1</translation>
    </message>
    <message>
        <source>Close the list; the drafts are kept</source>
        <translation>关闭列表；草稿会保留</translation>
    </message>
</context>
<context>
    <name>casedesk::FollowUpModel</name>
    <message>
        <source>✕ Overdue since %1</source>
        <translation>✕ 自%1起逾期</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>%1前完成</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>（未填写原因）</translation>
    </message>
    <message>
        <source>(not yet accepted)</source>
        <translation>（尚未受理）</translation>
    </message>
    <message>
        <source>Follow up by</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>Citizen&apos;s reason</source>
        <translation>群众反映的原因</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>受理编号</translation>
    </message>
    <message>
        <source>Service item</source>
        <translation>办理事项</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>经办人</translation>
    </message>
</context>
<context>
    <name>casedesk::IntakeWindow</name>
    <message>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>缺少</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已收取</translation>
    </message>
    <message>
        <source>Electronic licence</source>
        <translation>电子证照</translation>
    </message>
    <message>
        <source>Waived (give a reason)</source>
        <translation>免交（需说明理由）</translation>
    </message>
    <message>
        <source>Why it is waived</source>
        <translation>免交理由</translation>
    </message>
    <message>
        <source>original</source>
        <translation>原件</translation>
    </message>
    <message numerus="yes">
        <source>%n copy(ies)</source>
        <translation>
            <numerusform>复印件 %n 份</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>original and %n copy(ies)</source>
        <translation>
            <numerusform>原件及复印件 %n 份</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Born %1, %n year(s) old, %2</source>
        <translation>
            <numerusform>出生于 %1，%n 周岁，%2</numerusform>
        </translation>
    </message>
    <message>
        <source>male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Unified social credit code is well-formed</source>
        <translation>统一社会信用代码格式正确</translation>
    </message>
    <message>
        <source>✕ Blocks acceptance (%1)</source>
        <translation>✕ 阻止受理（%1）</translation>
    </message>
    <message>
        <source>⚠ Warnings (%1)</source>
        <translation>⚠ 警告（%1）</translation>
    </message>
    <message>
        <source>ℹ For information (%1)</source>
        <translation>ℹ 提示（%1）</translation>
    </message>
    <message>
        <source>✓ Nothing found: the application can be accepted.</source>
        <translation>✓ 未发现问题：可以受理。</translation>
    </message>
    <message>
        <source>Intake — %1</source>
        <translation>收件 — %1</translation>
    </message>
    <message>
        <source>New intake</source>
        <translation>新收件</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Person (citizen ID)</source>
        <translation>个人（居民身份证）</translation>
    </message>
    <message>
        <source>Company or organisation (credit code)</source>
        <translation>企业或组织（统一社会信用代码）</translation>
    </message>
    <message>
        <source>Citizen &amp;ID number:</source>
        <translation>身份证号码(&amp;I)：</translation>
    </message>
    <message>
        <source>Credit &amp;code:</source>
        <translation>信用代码(&amp;C)：</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <source>Applicant type</source>
        <translation>申请人类型</translation>
    </message>
    <message>
        <source>Citizen ID number</source>
        <translation>居民身份证号码</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Applicant&apos;s name</source>
        <translation>申请人姓名</translation>
    </message>
    <message>
        <source>Applicant&apos;s mobile number</source>
        <translation>申请人手机号码</translation>
    </message>
    <message>
        <source>Service item or bundle</source>
        <translation>办理事项或“一件事”</translation>
    </message>
    <message>
        <source>Type a name or code, e.g. 公积金 or gjj.withdrawal, then Enter</source>
        <translation>输入名称或编码，如“公积金”或 gjj.withdrawal，然后按回车</translation>
    </message>
    <message>
        <source>Find a service item</source>
        <translation>查找办理事项</translation>
    </message>
    <message numerus="yes">
        <source>%1 — department: %2 — promised within %n working day(s)</source>
        <translation>
            <numerusform>%1 — 部门：%2 — 承诺 %n 个工作日内办结</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in one visit</source>
        <translation>
            <numerusform>一次办理 %n 个事项</numerusform>
        </translation>
    </message>
    <message>
        <source>No item chosen yet.</source>
        <translation>尚未选择事项。</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>申请表</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>申请材料</translation>
    </message>
    <message>
        <source>Pre-review</source>
        <translation>材料预审</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>审核发现</translation>
    </message>
    <message>
        <source>Reason (recorded with the case)</source>
        <translation>理由（将记入案件）</translation>
    </message>
    <message>
        <source>Accept and print receipt</source>
        <translation>受理并打印回执</translation>
    </message>
    <message>
        <source>Accept the case with a receipt number</source>
        <translation>受理案件并分配受理编号</translation>
    </message>
    <message>
        <source>One-time correction notice</source>
        <translation>一次性告知书</translation>
    </message>
    <message>
        <source>Record the case and print everything still needed</source>
        <translation>登记案件并打印所有需补正的事项</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>保存草稿</translation>
    </message>
    <message>
        <source>Drafts are also saved as you type</source>
        <translation>录入时也会自动保存草稿</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Close; the draft is kept (Esc)</source>
        <translation>关闭；草稿会保留（Esc）</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>附加…</translation>
    </message>
    <message>
        <source>Import a scan or file (PNG, JPEG, TIFF or PDF), or drop it on this row</source>
        <translation>导入扫描件或文件（PNG、JPEG、TIFF 或 PDF），也可拖放到此行</translation>
    </message>
    <message>
        <source>Attach a document for %1</source>
        <translation>为“%1”附加文件</translation>
    </message>
    <message>
        <source>View</source>
        <translation>查看</translation>
    </message>
    <message>
        <source>View the document for %1</source>
        <translation>查看“%1”的文件</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>显示 %1</translation>
    </message>
    <message>
        <source>No document attached</source>
        <translation>未附加文件</translation>
    </message>
    <message>
        <source>Drop one file per material: a multi-page PDF or TIFF holds several pages.</source>
        <translation>每项材料请只拖放一个文件；多页内容请使用多页 PDF 或 TIFF。</translation>
    </message>
    <message>
        <source>Attach a document</source>
        <translation>附加文件</translation>
    </message>
    <message>
        <source>Scans and documents (*.png *.jpg *.jpeg *.tif *.tiff *.pdf);;All files (*)</source>
        <translation>扫描件和文档 (*.png *.jpg *.jpeg *.tif *.tiff *.pdf);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Supervisor override</source>
        <translation>主管越权受理</translation>
    </message>
    <message>
        <source>%1 is not a supervisor: only a supervisor may allow an override.</source>
        <translation>%1 不是值班长：只有值班长可以批准越权受理。</translation>
    </message>
    <message>
        <source>Accept despite blocking findings: a supervisor signs in here with their own password; their id and the reason are recorded with the case.</source>
        <translation>存在阻断性问题仍予受理：须由值班长用本人密码在此登录；其用户名和理由随案件记录。</translation>
    </message>
    <message>
        <source>Supervisor &amp;signs in…</source>
        <translation>值班长登录(&amp;S)…</translation>
    </message>
    <message>
        <source>The supervisor enters their user id and password</source>
        <translation>由值班长输入本人的用户名和密码</translation>
    </message>
    <message>
        <source>Overrides cannot be given at this window</source>
        <translation>此窗口无法进行越权受理</translation>
    </message>
    <message>
        <source>Allowed by %1 (%2)</source>
        <translation>已由 %1（%2）批准</translation>
    </message>
    <message>
        <source>No supervisor has signed in yet.</source>
        <translation>尚无值班长登录。</translation>
    </message>
    <message numerus="yes">
        <source>%n items match &quot;%1&quot;: choose one with the arrow keys and Enter.</source>
        <translation>
            <numerusform>有 %n 个事项与“%1”匹配：请用方向键选择后按回车。</numerusform>
        </translation>
    </message>
    <message>
        <source>Why %1 is waived</source>
        <translation>%1 免交的原因</translation>
    </message>
    <message>
        <source>A person or a company: it sets which ID number is asked for</source>
        <translation>个人或单位：决定需填写哪种证件号码</translation>
    </message>
    <message>
        <source>The 18 characters on the resident ID card, checked as you type</source>
        <translation>居民身份证上的 18 位号码，输入时即时校验</translation>
    </message>
    <message>
        <source>The 18 characters on the business licence, checked as you type</source>
        <translation>营业执照上的 18 位代码，输入时即时校验</translation>
    </message>
    <message>
        <source>As on the ID card</source>
        <translation>与身份证上一致</translation>
    </message>
    <message>
        <source>As on the business licence</source>
        <translation>与营业执照上一致</translation>
    </message>
    <message>
        <source>For the message when the case is done</source>
        <translation>用于办结时发送通知</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>申请</translation>
    </message>
    <message>
        <source>The applicant, the service item, the form and the materials; Enter in a field moves on</source>
        <translation>申请人、事项、表单和材料；在字段中按 Enter 进入下一项</translation>
    </message>
    <message>
        <source>Part of a name or a code, then Enter; the arrow keys choose among several</source>
        <translation>输入名称或编码的一部分后按 Enter；有多项时用方向键选择</translation>
    </message>
    <message>
        <source>What pre-review found; Enter on a finding goes to its field or material</source>
        <translation>预审发现的问题；在某条问题上按 Enter 转到其字段或材料</translation>
    </message>
    <message>
        <source>Tick to accept despite blocking findings: a supervisor signs in and a reason is recorded</source>
        <translation>勾选后可在存在阻止性问题时受理：需值班长登录并记录理由</translation>
    </message>
    <message>
        <source>Reason for the override</source>
        <translation>越权受理的理由</translation>
    </message>
    <message>
        <source>Required for the override; kept with the case and the supervisor&apos;s id</source>
        <translation>越权受理时必填；与案件及值班长账号一并保存</translation>
    </message>
</context>
<context>
    <name>casedesk::MainWindow</name>
    <message>
        <source>CaseDesk</source>
        <translation>CaseDesk 窗口工作台</translation>
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
        <source>CaseDesk — TRAINING</source>
        <translation>CaseDesk — 培训模式</translation>
    </message>
    <message>
        <source>TRAINING MODE — synthetic hall, nothing here is real — 培训模式</source>
        <translation>培训模式 — 虚构大厅，此处数据均非真实 — TRAINING</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>案件(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;New intake…</source>
        <translation>新收件(&amp;N)…</translation>
    </message>
    <message>
        <source>Take in a new application</source>
        <translation>接收新的申请</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>打开案件(&amp;O)</translation>
    </message>
    <message>
        <source>Open the selected case</source>
        <translation>打开所选案件</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Search by receipt number, applicant name or last ID digits</source>
        <translation>按受理编号、申请人姓名或证件尾号查找</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>立即同步(&amp;S)</translation>
    </message>
    <message>
        <source>Send and fetch changes now</source>
        <translation>立即发送和获取变更</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Search: receipt number, applicant name, last 4 ID digits (Ctrl+F)</source>
        <translation>查找：受理编号、申请人姓名、证件后4位（Ctrl+F）</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>查找案件</translation>
    </message>
    <message>
        <source>My cases</source>
        <translation>我的案件</translation>
    </message>
    <message>
        <source>My counter&apos;s queue</source>
        <translation>本窗口队列</translation>
    </message>
    <message>
        <source>Whole hall</source>
        <translation>全大厅</translation>
    </message>
    <message>
        <source>Which cases</source>
        <translation>案件范围</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>All service items</source>
        <translation>全部事项</translation>
    </message>
    <message>
        <source>Service item</source>
        <translation>办理事项</translation>
    </message>
    <message>
        <source>Any deadline</source>
        <translation>不限时限</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>%1 at counter %2</source>
        <translation>%1 · %2 号窗口</translation>
    </message>
    <message>
        <source>&amp;Unfinished intakes…</source>
        <translation>未完成的收件(&amp;U)…</translation>
    </message>
    <message>
        <source>Resume or discard an intake saved as a draft</source>
        <translation>继续办理或丢弃已保存为草稿的收件</translation>
    </message>
    <message>
        <source>&amp;Large text</source>
        <translation>大字模式(&amp;L)</translation>
    </message>
    <message>
        <source>Text at least 18 pt and large controls, for the elderly-assist counter</source>
        <translation>字号至少 18 磅、控件加大，供适老化窗口使用</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>高对比度(&amp;H)</translation>
    </message>
    <message>
        <source>Black on white with a strong focus ring</source>
        <translation>白底黑字，焦点框醒目</translation>
    </message>
    <message>
        <source>&amp;Citizen screen</source>
        <translation>群众查看屏(&amp;C)</translation>
    </message>
    <message>
        <source>Show the applicant the intake in large type and take their rating, on a second monitor when there is one</source>
        <translation>用大字向办事群众展示办理进度并请其评价；有第二块显示器时显示在第二块上</translation>
    </message>
    <message>
        <source>&amp;Read aloud</source>
        <translation>语音播报(&amp;R)</translation>
    </message>
    <message>
        <source>Read out the current step, the selected finding and the promised date</source>
        <translation>朗读当前步骤、选中的审查意见和承诺办结日期</translation>
    </message>
    <message>
        <source>&amp;Simplified intake</source>
        <translation>简易受理(&amp;S)</translation>
    </message>
    <message>
        <source>New intakes ask one question per screen, with large Next and Back buttons (kept for this counter)</source>
        <translation>新建受理时每屏只问一个问题，配大号“下一步”“上一步”按钮（本窗口记住此设置）</translation>
    </message>
    <message>
        <source>&amp;Lock the screen</source>
        <translation>锁定屏幕(&amp;L)</translation>
    </message>
    <message>
        <source>Hide every window until you sign in again</source>
        <translation>隐藏所有窗口，直到重新登录</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <source>End your session; the next user signs in</source>
        <translation>结束本次会话，由下一位用户登录</translation>
    </message>
    <message>
        <source>Supervisor &amp;desk…</source>
        <translation>值班长工作台(&amp;D)…</translation>
    </message>
    <message>
        <source>The hall&apos;s queue, deadlines, workload and figures, and the supervisor&apos;s actions</source>
        <translation>大厅排队、办理时限、工作量和统计指标，以及值班长的管理操作</translation>
    </message>
    <message>
        <source>Finds cases as you type; Enter goes to the first one in the list</source>
        <translation>边输入边查找案件；按 Enter 转到列表中的第一件</translation>
    </message>
    <message>
        <source>Your own cases, your counter&apos;s queue or the whole hall</source>
        <translation>本人的案件、本窗口的队列或全大厅</translation>
    </message>
    <message>
        <source>Shows only the cases in this state</source>
        <translation>仅显示处于此状态的案件</translation>
    </message>
    <message>
        <source>Shows only the cases of this service item</source>
        <translation>仅显示此事项的案件</translation>
    </message>
    <message>
        <source>Enter opens the selected case</source>
        <translation>按 Enter 打开所选案件</translation>
    </message>
    <message>
        <source>Needs &amp;attention…</source>
        <translation>需要处理(&amp;A)…</translation>
    </message>
    <message>
        <source>Changes the platform did not take as they were, with both versions, to settle</source>
        <translation>平台未按原样接收的变更，附双方版本，待处理</translation>
    </message>
    <message>
        <source>Due soon or overdue</source>
        <translation>即将到期或已超期</translation>
    </message>
    <message>
        <source>Shows only the open cases due today or on the next working day, or overdue</source>
        <translation>只显示今天或下一个工作日到期、或已超期的在办件</translation>
    </message>
    <message>
        <source>Taken in: any time</source>
        <translation>收件日期：不限</translation>
    </message>
    <message>
        <source>Taken in today</source>
        <translation>今天收件</translation>
    </message>
    <message>
        <source>Taken in the last 7 days</source>
        <translation>最近 7 天收件</translation>
    </message>
    <message>
        <source>Taken in this month</source>
        <translation>本月收件</translation>
    </message>
    <message>
        <source>Taken in: choose dates…</source>
        <translation>收件日期：选择日期…</translation>
    </message>
    <message>
        <source>Taken in</source>
        <translation>收件日期</translation>
    </message>
    <message>
        <source>Taken in from</source>
        <translation>收件日期自</translation>
    </message>
    <message>
        <source>The first day the cases were taken in</source>
        <translation>收件的起始日期</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Taken in until</source>
        <translation>收件日期至</translation>
    </message>
    <message>
        <source>The last day the cases were taken in</source>
        <translation>收件的截止日期</translation>
    </message>
    <message>
        <source>Shows only the cases taken in on these days (Beijing time), newest taken in first</source>
        <translation>只显示在这些日期（北京时间）收件的办件，最近收件的在前</translation>
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
    <message>
        <source>Seal the key to this workstation&apos;s data with the passphrase</source>
        <translation>用此口令封存本工作站数据的密钥</translation>
    </message>
    <message>
        <source>Open this workstation&apos;s data</source>
        <translation>打开本工作站的数据</translation>
    </message>
    <message>
        <source>Quit CaseDesk; nothing is changed</source>
        <translation>退出 CaseDesk；不做任何更改</translation>
    </message>
    <message>
        <source>At least %1 characters; without it the data cannot be opened</source>
        <translation>至少 %1 个字符；没有它将无法打开数据</translation>
    </message>
    <message>
        <source>The passphrase that seals this workstation&apos;s data</source>
        <translation>封存本工作站数据的口令</translation>
    </message>
    <message>
        <source>The same passphrase again, to rule out a typing mistake</source>
        <translation>再次输入同一口令，以排除输入错误</translation>
    </message>
</context>
<context>
    <name>casedesk::PrintOutcomeDialog</name>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>另存为 PDF(&amp;S)…</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>Chinese and English</source>
        <translation>中英对照</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Printed language</source>
        <translation>打印语言</translation>
    </message>
    <message>
        <source>Printed &amp;language:</source>
        <translation>打印语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Print on the counter&apos;s printer</source>
        <translation>在本窗口的打印机上打印</translation>
    </message>
    <message>
        <source>Save as a PDF file to send or archive</source>
        <translation>另存为 PDF 文件，用于发送或归档</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Sent to %1.</source>
        <translation>已发送到 %1。</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>已保存为 %1。</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Not printed: %1</source>
        <translation>未打印：%1</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>打印失败</translation>
    </message>
    <message>
        <source>%1

The case is saved; try again or choose another printer or folder.</source>
        <translation>%1

办件已保存；请重试，或选择其他打印机或文件夹。</translation>
    </message>
    <message numerus="yes">
        <source>&lt;h2&gt;Accepted: %1&lt;/h2&gt;&lt;p&gt;%2 — %3&lt;/p&gt;&lt;p&gt;Promised by %4 (%n working day(s)).&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;h2&gt;已受理：%1&lt;/h2&gt;&lt;p&gt;%2 — %3&lt;/p&gt;&lt;p&gt;承诺于 %4 前办结（%n 个工作日）。&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Acceptance receipt</source>
        <translation>受理回执</translation>
    </message>
    <message>
        <source>&lt;h2&gt;One-time correction notice %1&lt;/h2&gt;&lt;p&gt;%2 — %3&lt;/p&gt;&lt;ol&gt;%4&lt;/ol&gt;</source>
        <translation>&lt;h2&gt;一次性告知书 %1&lt;/h2&gt;&lt;p&gt;%2 — %3&lt;/p&gt;&lt;ol&gt;%4&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>One-time correction notice</source>
        <translation>一次性告知书</translation>
    </message>
    <message>
        <source>The language the paper is printed in</source>
        <translation>纸质文书的打印语言</translation>
    </message>
</context>
<context>
    <name>casedesk::ReadAloud</name>
    <message>
        <source>Step: %1.</source>
        <translation>当前步骤：%1。</translation>
    </message>
    <message>
        <source>Selected finding: %1</source>
        <translation>选中的审查意见：%1</translation>
    </message>
    <message numerus="yes">
        <source>Promised completion date: %1, %n working day(s).</source>
        <translation>
            <numerusform>承诺办结日期：%1，共 %n 个工作日。</numerusform>
        </translation>
    </message>
    <message>
        <source>Read-aloud is not available: no speech engine is installed on this computer (for example speech-dispatcher with a Chinese voice). Everything else works as usual.</source>
        <translation>无法使用语音播报：本机未安装语音引擎（例如带中文语音的 speech-dispatcher）。其他功能照常可用。</translation>
    </message>
</context>
<context>
    <name>casedesk::ReasonDialog</name>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Why — it is kept with the case and in the audit log</source>
        <translation>请填写理由 — 将记入办件和审计日志</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
    <message>
        <source>✕ %1</source>
        <translation>✕ %1</translation>
    </message>
    <message>
        <source>Give a reason: it is kept with the case and in the audit log.</source>
        <translation>请填写理由：理由将记入办件和审计日志。</translation>
    </message>
    <message>
        <source>The reason is %1 characters long; at most %2 are kept. Shorten it.</source>
        <translation>理由共%1个字，最多可保存%2个字，请删减。</translation>
    </message>
    <message>
        <source>Required: why you decide so. Tab moves on to OK</source>
        <translation>必填：作出此决定的理由。按 Tab 转到“确定”</translation>
    </message>
    <message>
        <source>Record the decision with its reason</source>
        <translation>记录决定及其理由</translation>
    </message>
    <message>
        <source>Close without a change</source>
        <translation>关闭，不做更改</translation>
    </message>
</context>
<context>
    <name>casedesk::ScreenLock</name>
    <message>
        <source>🔒 Locked. Sign in to carry on.</source>
        <translation>🔒 已锁定。请登录后继续。</translation>
    </message>
    <message>
        <source>CaseDesk — locked</source>
        <translation>CaseDesk — 已锁定</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>Sign in again in the unlock dialog to carry on</source>
        <translation>在解锁对话框中重新登录后继续</translation>
    </message>
</context>
<context>
    <name>casedesk::SecondCheckModel</name>
    <message>
        <source>✓ Second-checked</source>
        <translation>✓ 已复核</translation>
    </message>
    <message>
        <source>○ To check</source>
        <translation>○ 待复核</translation>
    </message>
    <message>
        <source>Second check</source>
        <translation>复核</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>受理编号</translation>
    </message>
    <message>
        <source>Service item</source>
        <translation>办理事项</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Notice or rejection</source>
        <translation>告知或不予许可时间</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
</context>
<context>
    <name>casedesk::SignInDialog</name>
    <message>
        <source>Enter your user id.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <source>Sign in to CaseDesk</source>
        <translation>登录 CaseDesk</translation>
    </message>
    <message>
        <source>Sign in with your own user id and password.</source>
        <translation>请使用本人的用户名和密码登录。</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>登录(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>CaseDesk is locked</source>
        <translation>CaseDesk 已锁定</translation>
    </message>
    <message>
        <source>The screen was locked. %1 signs in again to carry on; another user signing in ends %1&apos;s session (unfinished intakes are kept as drafts).</source>
        <translation>屏幕已锁定。%1 重新登录即可继续；如由其他用户登录，将结束 %1 的会话（未完成的受理保存为草稿）。</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>Supervisor sign-in</source>
        <translation>值班长登录</translation>
    </message>
    <message>
        <source>A supervisor signs in here to allow accepting despite blocking findings. The override is recorded under the supervisor&apos;s id.</source>
        <translation>由值班长在此登录，批准在存在阻断性问题的情况下受理。该越权受理以值班长的用户名记录。</translation>
    </message>
    <message>
        <source>&amp;Allow</source>
        <translation>批准(&amp;A)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;User id:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Check the user id and password and start work</source>
        <translation>核对账号和密码并开始工作</translation>
    </message>
    <message>
        <source>Quit CaseDesk</source>
        <translation>退出 CaseDesk</translation>
    </message>
    <message>
        <source>Carry on; another user signing in here ends the locked session</source>
        <translation>继续；其他用户在此登录将结束被锁定的会话</translation>
    </message>
    <message>
        <source>Allow the override under the supervisor&apos;s id</source>
        <translation>以值班长账号批准越权受理</translation>
    </message>
    <message>
        <source>Close without allowing the override</source>
        <translation>关闭，不批准越权受理</translation>
    </message>
    <message>
        <source>Your own user id; Enter moves on to the password</source>
        <translation>您本人的账号；按 Enter 转到密码</translation>
    </message>
    <message>
        <source>The password of that user id; Enter signs in</source>
        <translation>该账号的密码；按 Enter 登录</translation>
    </message>
    <message>
        <source>One-time &amp;code:</source>
        <translation>动态口令(&amp;C)：</translation>
    </message>
    <message>
        <source>Only if your account has a token</source>
        <translation>仅限配有令牌的账号</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>动态口令</translation>
    </message>
    <message numerus="yes">
        <source>The %n digits your token shows now, for an account with a second factor; leave it empty otherwise. Enter signs in</source>
        <translation>
            <numerusform>令牌当前显示的 %n 位数字，仅用于启用了第二重身份鉴别的账号，其他账号请留空。按 Enter 登录</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casedesk::SimplifiedIntakeWindow</name>
    <message>
        <source>Simplified intake</source>
        <translation>简易受理</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ 上一步</translation>
    </message>
    <message>
        <source>The previous question (Alt+Left)</source>
        <translation>上一题（Alt+←）</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>下一步 ▶</translation>
    </message>
    <message>
        <source>The next question (Enter)</source>
        <translation>下一题（Enter）</translation>
    </message>
    <message>
        <source>Correction notice</source>
        <translation>一次性告知</translation>
    </message>
    <message>
        <source>Tell the applicant everything missing at once (Ctrl+Shift+Enter)</source>
        <translation>一次性告知申请人全部所缺材料（Ctrl+Shift+Enter）</translation>
    </message>
    <message>
        <source>✓ Accept</source>
        <translation>✓ 受理</translation>
    </message>
    <message>
        <source>Accept the application (Ctrl+Enter)</source>
        <translation>受理本申请（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Pre-review: accept, or tell the applicant what is missing</source>
        <translation>预审：予以受理，或一次性告知所缺材料</translation>
    </message>
    <message>
        <source>Pre-review findings</source>
        <translation>预审意见</translation>
    </message>
    <message>
        <source>Who is applying?</source>
        <translation>申请人是谁？</translation>
    </message>
    <message>
        <source>A person</source>
        <translation>个人</translation>
    </message>
    <message>
        <source>A company or organisation</source>
        <translation>企业或其他组织</translation>
    </message>
    <message>
        <source>The applicant&apos;s ID number (or credit code)</source>
        <translation>申请人身份证号码（或统一社会信用代码）</translation>
    </message>
    <message>
        <source>From the resident ID card, or the company&apos;s unified social credit code.</source>
        <translation>居民身份证号码，或企业的统一社会信用代码。</translation>
    </message>
    <message>
        <source>The applicant&apos;s name</source>
        <translation>申请人姓名</translation>
    </message>
    <message>
        <source>As on the ID card or the business licence.</source>
        <translation>与身份证或营业执照上一致。</translation>
    </message>
    <message>
        <source>The applicant&apos;s mobile number</source>
        <translation>申请人手机号码</translation>
    </message>
    <message>
        <source>For the message when the case is done.</source>
        <translation>办结时发送短信通知用。</translation>
    </message>
    <message>
        <source>What does the applicant want to do?</source>
        <translation>申请人要办理什么事项？</translation>
    </message>
    <message>
        <source>Choose the service item with the arrow keys.</source>
        <translation>请用方向键选择办理事项。</translation>
    </message>
    <message>
        <source>Service items</source>
        <translation>办理事项</translation>
    </message>
    <message>
        <source>%1 (one thing, several items)</source>
        <translation>%1（一件事，多个事项）</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>If it does not apply, leave it empty.</source>
        <translation>如不适用，可不填。</translation>
    </message>
    <message>
        <source>Has the applicant brought: %1?</source>
        <translation>申请人是否带来：%1？</translation>
    </message>
    <message>
        <source>Only needed in some cases.</source>
        <translation>仅部分情形需要。</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>缺少</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已收取</translation>
    </message>
    <message>
        <source>Electronic licence</source>
        <translation>电子证照</translation>
    </message>
    <message>
        <source>Waived (give a reason)</source>
        <translation>免交（请说明理由）</translation>
    </message>
    <message>
        <source>Why it is waived</source>
        <translation>免交理由</translation>
    </message>
    <message>
        <source>Please enter the applicant&apos;s name.</source>
        <translation>请输入申请人姓名。</translation>
    </message>
    <message>
        <source>Please choose a service item.</source>
        <translation>请选择办理事项。</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>第 %1 题，共 %2 题</translation>
    </message>
    <message>
        <source>✓ Nothing found: the application can be accepted.</source>
        <translation>✓ 未发现问题，可以受理。</translation>
    </message>
    <message>
        <source>What pre-review found; Ctrl+Enter accepts, Ctrl+Shift+Enter gives a correction notice</source>
        <translation>预审发现的问题；Ctrl+Enter 受理，Ctrl+Shift+Enter 出具一次性告知书</translation>
    </message>
    <message>
        <source>A person or a company, chosen with the arrow keys</source>
        <translation>个人或单位，用方向键选择</translation>
    </message>
    <message>
        <source>The arrow keys choose the item; Enter goes on</source>
        <translation>用方向键选择事项；按 Enter 继续</translation>
    </message>
</context>
<context>
    <name>casedesk::SupervisorDesk</name>
    <message>
        <source>%1 (ID …%2)</source>
        <translation>%1（证件尾号…%2）</translation>
    </message>
    <message>
        <source>(not yet accepted)</source>
        <translation>（尚未受理）</translation>
    </message>
    <message>
        <source>✕ Overdue</source>
        <translation>✕ 已逾期</translation>
    </message>
    <message>
        <source>⚠ At risk</source>
        <translation>⚠ 临期</translation>
    </message>
    <message>
        <source>✓ On track</source>
        <translation>✓ 正常</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) overdue</source>
        <translation>
            <numerusform>逾期%n个工作日</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>今日到期</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) left</source>
        <translation>
            <numerusform>剩余%n个工作日</numerusform>
        </translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Service item</source>
        <translation>办理事项</translation>
    </message>
    <message>
        <source>Export the report as PDF</source>
        <translation>导出报表为 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>✓ The report was saved to %1.</source>
        <translation>✓ 报表已保存到 %1。</translation>
    </message>
    <message>
        <source>Export the report as CSV</source>
        <translation>导出报表为 CSV</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV 文件，可用 Excel 打开 (*.csv)</translation>
    </message>
    <message>
        <source>Supervisor desk — TRAINING</source>
        <translation>值班长工作台 — 培训</translation>
    </message>
    <message>
        <source>Supervisor desk</source>
        <translation>值班长工作台</translation>
    </message>
    <message>
        <source>TRAINING MODE — synthetic hall, nothing here is real — 培训模式</source>
        <translation>培训模式 — 模拟大厅，所有数据均为虚构 — TRAINING MODE</translation>
    </message>
    <message>
        <source>&amp;Deadlines</source>
        <translation>办理时限(&amp;D)</translation>
    </message>
    <message>
        <source>Second &amp;check</source>
        <translation>复核(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Workload</source>
        <translation>工作量(&amp;W)</translation>
    </message>
    <message>
        <source>Bad &amp;ratings</source>
        <translation>差评整改(&amp;R)</translation>
    </message>
    <message>
        <source>Reassign…</source>
        <translation>改派…</translation>
    </message>
    <message>
        <source>Confirm…</source>
        <translation>维持…</translation>
    </message>
    <message>
        <source>Overturn…</source>
        <translation>撤销…</translation>
    </message>
    <message>
        <source>Close follow-up…</source>
        <translation>整改完成…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Hand the selected case to another staff member or counter</source>
        <translation>将所选办件改派给其他工作人员或窗口</translation>
    </message>
    <message>
        <source>Confirm the selected correction notice or rejection</source>
        <translation>复核后维持所选的一次性告知或不予许可决定</translation>
    </message>
    <message>
        <source>Overturn the selected correction notice or rejection</source>
        <translation>复核后撤销所选的一次性告知或不予许可决定</translation>
    </message>
    <message>
        <source>Record what was done about the selected bad rating</source>
        <translation>登记所选差评的整改情况</translation>
    </message>
    <message>
        <source>Read the board again</source>
        <translation>重新读取看板</translation>
    </message>
    <message>
        <source>Cases by deadline, overdue first</source>
        <translation>按办理时限排列的办件，逾期在前</translation>
    </message>
    <message>
        <source>Correction notices and rejections to second-check</source>
        <translation>待复核的一次性告知和不予许可</translation>
    </message>
    <message>
        <source>Workload per staff member</source>
        <translation>各工作人员工作量</translation>
    </message>
    <message>
        <source>Workload per counter</source>
        <translation>各窗口工作量</translation>
    </message>
    <message>
        <source>Open cases by state</source>
        <translation>按状态统计的在办件</translation>
    </message>
    <message>
        <source>Open cases by service item</source>
        <translation>按事项统计的在办件</translation>
    </message>
    <message>
        <source>Bad ratings to follow up</source>
        <translation>待整改的差评</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>统计时段(&amp;P)：</translation>
    </message>
    <message>
        <source>Intake per day</source>
        <translation>每日收件</translation>
    </message>
    <message>
        <source>Intake, acceptances and correction notices per day; the figures are also above the charts and in the exported report</source>
        <translation>每日收件、受理和一次性告知件数；具体数字也显示在图表上方并包含在导出的报表中</translation>
    </message>
    <message>
        <source>Rates per day (%)</source>
        <translation>每日比率（%）</translation>
    </message>
    <message>
        <source>Acceptance rate, correction-notice rate and deadline compliance per day</source>
        <translation>每日受理率、一次性告知率和按时办结率</translation>
    </message>
    <message>
        <source>The period&apos;s figures</source>
        <translation>统计时段指标</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>统计时段</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>近7日</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>近30日</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>%1 — the hall on %2</source>
        <translation>%1 — %2 大厅概况</translation>
    </message>
    <message>
        <source>Open: %1 · awaiting acceptance: %2 · in process: %3 · ⚠ at risk: %4 · ✕ overdue: %5</source>
        <translation>在办：%1 · 待受理：%2 · 办理中：%3 · ⚠ 临期：%4 · ✕ 逾期：%5</translation>
    </message>
    <message>
        <source>No bad ratings to follow up.</source>
        <translation>暂无待整改的差评。</translation>
    </message>
    <message>
        <source>No bad ratings to follow up: this workstation keeps no ratings yet.</source>
        <translation>暂无待整改的差评：本工作站尚未保存评价数据。</translation>
    </message>
    <message>
        <source>Bad &amp;ratings (%1)</source>
        <translation>差评整改(&amp;R)（%1）</translation>
    </message>
    <message>
        <source>%1 to %2 — today&apos;s intake: %3 · intake: %4 · acceptance rate: %5 · correction-notice rate: %6 · deadline compliance: %7 (%8 of %9 concluded in time)</source>
        <translation>%1 至 %2 — 今日收件：%3 · 收件：%4 · 受理率：%5 · 一次性告知率：%6 · 按时办结率：%7（办结%9件，按时%8件）</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>收件</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Correction notices</source>
        <translation>一次性告知</translation>
    </message>
    <message>
        <source>Acceptance rate</source>
        <translation>受理率</translation>
    </message>
    <message>
        <source>Correction-notice rate</source>
        <translation>一次性告知率</translation>
    </message>
    <message>
        <source>Deadline compliance</source>
        <translation>按时办结率</translation>
    </message>
    <message>
        <source>Select a case in the list first.</source>
        <translation>请先在列表中选择一个办件。</translation>
    </message>
    <message>
        <source>(keep as it is)</source>
        <translation>（保持不变）</translation>
    </message>
    <message>
        <source>Reassign a case</source>
        <translation>改派办件</translation>
    </message>
    <message>
        <source>Hand case %1 to another staff member or counter.</source>
        <translation>将办件 %1 改派给其他工作人员或窗口。</translation>
    </message>
    <message>
        <source>&amp;Staff member:</source>
        <translation>工作人员(&amp;S)：</translation>
    </message>
    <message>
        <source>C&amp;ounter:</source>
        <translation>窗口(&amp;O)：</translation>
    </message>
    <message>
        <source>✓ Case %1 is now with %2 at counter %3.</source>
        <translation>✓ 办件 %1 已改派给 %3 号窗口的 %2。</translation>
    </message>
    <message>
        <source>Select a correction notice or rejection in the list first.</source>
        <translation>请先在列表中选择一条一次性告知或不予许可记录。</translation>
    </message>
    <message>
        <source>Confirm after a second check</source>
        <translation>复核后维持</translation>
    </message>
    <message>
        <source>Overturn after a second check</source>
        <translation>复核后撤销</translation>
    </message>
    <message>
        <source>Confirm the decision on case %1 (%2).</source>
        <translation>维持对办件 %1（%2）的决定。</translation>
    </message>
    <message>
        <source>Overturn the decision on case %1 (%2): the counter takes the case up again.</source>
        <translation>撤销对办件 %1（%2）的决定：由窗口重新办理。</translation>
    </message>
    <message>
        <source>✓ The decision on case %1 is confirmed.</source>
        <translation>✓ 已维持对办件 %1 的决定。</translation>
    </message>
    <message>
        <source>✓ The decision on case %1 is overturned.</source>
        <translation>✓ 已撤销对办件 %1 的决定。</translation>
    </message>
    <message>
        <source>Select a bad rating in the list first.</source>
        <translation>请先在列表中选择一条差评。</translation>
    </message>
    <message>
        <source>Close a follow-up</source>
        <translation>差评整改完成</translation>
    </message>
    <message>
        <source>What was done about the bad rating of case %1?</source>
        <translation>办件 %1 的差评是如何整改的？</translation>
    </message>
    <message>
        <source>✓ The follow-up of case %1 is closed.</source>
        <translation>✓ 办件 %1 的差评整改已完成。</translation>
    </message>
    <message>
        <source>Hall report</source>
        <translation>大厅运行报表</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>主要指标</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 concluded in time)</source>
        <translation>%1（办结%3件，按时%2件）</translation>
    </message>
    <message>
        <source>Day by day</source>
        <translation>每日明细</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Concluded</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>In time</source>
        <translation>按时办结</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>在办</translation>
    </message>
    <message>
        <source>Awaiting acceptance</source>
        <translation>待受理</translation>
    </message>
    <message>
        <source>In process</source>
        <translation>办理中</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>临期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Open cases on %1</source>
        <translation>%1 在办件</translation>
    </message>
    <message>
        <source>Hall report %1 to %2</source>
        <translation>大厅运行报表 %1 至 %2</translation>
    </message>
    <message>
        <source>The hall&apos;s open cases, the nearest to or past their promised date first</source>
        <translation>大厅未办结的案件，最临近或已超过承诺期限的排在前面</translation>
    </message>
    <message>
        <source>Open cases per counter, staff member, state and service item</source>
        <translation>按窗口、工作人员、状态和事项统计的未办结案件</translation>
    </message>
    <message>
        <source>Bad ratings whose follow-up is still open</source>
        <translation>整改尚未办结的差评</translation>
    </message>
    <message>
        <source>Save the period&apos;s report as a PDF file</source>
        <translation>将该时段的报表保存为 PDF 文件</translation>
    </message>
    <message>
        <source>Save the period&apos;s report as a CSV file for Excel</source>
        <translation>将该时段的报表保存为可用 Excel 打开的 CSV 文件</translation>
    </message>
    <message>
        <source>With the working days left; Enter reassigns the selected case</source>
        <translation>含剩余工作日；按 Enter 改派所选案件</translation>
    </message>
    <message>
        <source>%1 confirms the selected decision, %2 overturns it</source>
        <translation>%1 维持所选决定，%2 予以纠正</translation>
    </message>
    <message>
        <source>The citizen&apos;s rating and reason; record what was done about the selected one</source>
        <translation>群众的评价及原因；记录对所选差评的整改情况</translation>
    </message>
    <message>
        <source>For each, the open cases: awaiting acceptance, in process, at risk and overdue</source>
        <translation>每一项的未办结案件：待受理、办理中、临期和超期</translation>
    </message>
    <message>
        <source>The days the figures, the charts and the report cover</source>
        <translation>数据、图表和报表所涵盖的日期</translation>
    </message>
    <message>
        <source>Whom to hand the case to: choose, or type a staff id not in the list</source>
        <translation>将案件交给谁：从列表选择，或输入列表中没有的工作人员账号</translation>
    </message>
    <message>
        <source>Which counter takes the case: choose, or type one not in the list</source>
        <translation>由哪个窗口接办：从列表选择，或输入列表中没有的窗口</translation>
    </message>
</context>
<context>
    <name>casedesk::SyncStatusWidget</name>
    <message>
        <source>● Online</source>
        <translation>● 在线</translation>
    </message>
    <message>
        <source>○ Not yet synced</source>
        <translation>○ 尚未同步</translation>
    </message>
    <message>
        <source>◐ Syncing…</source>
        <translation>◐ 正在同步…</translation>
    </message>
    <message>
        <source>✕ Offline — working from the local cache</source>
        <translation>✕ 离线 — 正在使用本地缓存</translation>
    </message>
    <message>
        <source>⚠ Sign in again to sync</source>
        <translation>⚠ 请重新登录以同步</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to send</source>
        <translation>
            <numerusform>%n 项变更待发送</numerusform>
        </translation>
    </message>
    <message>
        <source>Last sync %1</source>
        <translation>最近同步 %1</translation>
    </message>
    <message>
        <source>Needs attention: %1</source>
        <translation>需要处理：%1</translation>
    </message>
    <message>
        <source>Changes the platform did not take as they were; open the list</source>
        <translation>平台未按原样接受的变更；打开列表</translation>
    </message>
    <message>
        <source>Changes that need attention</source>
        <translation>需要处理的变更</translation>
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
        <source>%1: version %2, %3 items, %4 bundles, structure sound.</source>
        <translation>%1：版本 %2，%3 个事项，%4 个一件事，结构正确。</translation>
    </message>
    <message>
        <source>example &quot;%1&quot; of %2:</source>
        <translation>%2 的示例“%1”：</translation>
    </message>
    <message>
        <source>  expected %1, which found nothing</source>
        <translation>  预期 %1，但它没有发现问题</translation>
    </message>
    <message>
        <source>  %1 blocks acceptance, but was not expected</source>
        <translation>  %1 阻止受理，但未在预期之中</translation>
    </message>
    <message>
        <source>%1 of %2 examples behave as expected.</source>
        <translation>%2 个示例中有 %1 个符合预期。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a JSON application: %2</source>
        <translation>%1 不是 JSON 格式的申请：%2</translation>
    </message>
    <message>
        <source>validate knows id, uscc, mobile and bankcard, not &quot;%1&quot;</source>
        <translation>validate 支持 id、uscc、mobile 和 bankcard，不支持“%1”</translation>
    </message>
    <message>
        <source>valid: %1</source>
        <translation>有效：%1</translation>
    </message>
    <message>
        <source>valid, with a warning (%1): %2 %3</source>
        <translation>有效，但有警告（%1）：%2 %3</translation>
    </message>
    <message>
        <source>invalid (%1): %2 %3</source>
        <translation>无效（%1）：%2 %3</translation>
    </message>
    <message>
        <source>review: use this catalogue file, not the bundled one.</source>
        <translation>review：使用此目录文件，而不是内置目录。</translation>
    </message>
    <message>
        <source>review, validate: the day of review (default: today).</source>
        <translation>review、validate：审核日期（默认：今天）。</translation>
    </message>
    <message>
        <source>deadline: the day of acceptance.</source>
        <translation>deadline：受理日期。</translation>
    </message>
    <message>
        <source>deadline: the time limit in working days.</source>
        <translation>deadline：以工作日计的时限。</translation>
    </message>
    <message>
        <source>see the list below</source>
        <translation>见下方列表</translation>
    </message>
    <message>
        <source>give a command; see casedeskctl --help</source>
        <translation>请给出命令；参见 casedeskctl --help</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; see casedeskctl --help</source>
        <translation>未知命令“%1”；参见 casedeskctl --help</translation>
    </message>
    <message>
        <source>wrong number of arguments for &quot;%1&quot;; see casedeskctl --help</source>
        <translation>“%1”的参数个数不对；参见 casedeskctl --help</translation>
    </message>
    <message>
        <source>--date needs a date as YYYY-MM-DD</source>
        <translation>--date 需要 YYYY-MM-DD 格式的日期</translation>
    </message>
    <message>
        <source>the catalogue command is: catalogue check FILE</source>
        <translation>catalogue 命令的用法：catalogue check 文件</translation>
    </message>
    <message>
        <source>deadline needs --from YYYY-MM-DD and --days N</source>
        <translation>deadline 需要 --from YYYY-MM-DD 和 --days N</translation>
    </message>
    <message>
        <source>--passphrase-stdin given, but standard input held no passphrase</source>
        <translation>指定了 --passphrase-stdin，但标准输入中没有口令</translation>
    </message>
    <message>
        <source>seed needs --cases N with N &gt; 0</source>
        <translation>seed 需要 --cases N，且 N &gt; 0</translation>
    </message>
    <message>
        <source>--seed needs a non-negative integer</source>
        <translation>--seed 需要非负整数</translation>
    </message>
    <message>
        <source>casedeskctl: signing in to %1 failed: %2</source>
        <translation>casedeskctl：登录 %1 失败：%2</translation>
    </message>
    <message>
        <source>sync: the platform&apos;s address.</source>
        <translation>sync：平台地址。</translation>
    </message>
    <message>
        <source>sync: the user to sign in as.</source>
        <translation>sync：登录所用的用户。</translation>
    </message>
    <message>
        <source>sync: allow plain HTTP to a host other than loopback.</source>
        <translation>sync：允许对非本机回环地址使用明文 HTTP。</translation>
    </message>
    <message>
        <source>sync needs --platform URL and --user USER</source>
        <translation>sync 需要 --platform URL 和 --user USER</translation>
    </message>
    <message>
        <source>audit log, record %1 %2: %3</source>
        <translation>审计日志，记录 %1 %2：%3</translation>
    </message>
    <message numerus="yes">
        <source>ok: audit chain of %n record(s) verified</source>
        <translation>
            <numerusform>正常：审计链共 %n 条记录，校验通过</numerusform>
        </translation>
    </message>
    <message>
        <source>sync: also trust the CA certificates in FILE (PEM).</source>
        <translation>sync：同时信任 FILE（PEM 格式）中的 CA 证书。</translation>
    </message>
    <message>
        <source>sync: accept only this platform certificate (PEM file or SHA-256 fingerprint).</source>
        <translation>sync：只接受此平台证书（PEM 文件或 SHA-256 指纹）。</translation>
    </message>
    <message numerus="yes">
        <source>casedeskctl: %n change(s) in this profile have not reached the platform and would be lost. Run &quot;casedeskctl sync&quot; first, or pass --discard-unsent to remove the profile all the same.</source>
        <translation>
            <numerusform>casedeskctl：此配置中有 %n 项变更尚未送达平台，删除将会丢失。请先运行“casedeskctl sync”，或加上 --discard-unsent 仍然删除配置。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed profile %1: its key is forgotten and its %n file(s) overwritten and deleted.</source>
        <translation>
            <numerusform>已删除配置 %1：其密钥已销毁，%n 个文件已覆写并删除。</numerusform>
        </translation>
    </message>
    <message>
        <source>remove: remove even changes not yet sent to the platform.</source>
        <translation>remove：连同尚未发送到平台的变更一起删除。</translation>
    </message>
    <message>
        <source>sync: the code the user&apos;s token shows, for an account with a second factor.</source>
        <translation>sync：用户令牌显示的动态口令，用于启用了第二重身份鉴别的账号。</translation>
    </message>
    <message>
        <source>casedeskctl: give the code the user&apos;s token shows with --one-time-code CODE.</source>
        <translation>casedeskctl：请用 --one-time-code CODE 给出该用户令牌显示的动态口令。</translation>
    </message>
    <message>
        <source>Commands (vault):
  init               create a profile with a new random key
  status             schema version, key store in use, counts
  verify             check the database&apos;s integrity and the audit chain; non-zero
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
                     the token&apos;s code for an account with a second factor;
                     a JSON summary: pushed, pulled, conflicts, errors
  conflicts          the changes the platform did not take (needs attention)
  remove             forget the profile&apos;s key, then overwrite and delete its files;
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
  10 the profile&apos;s files are damaged
  11 another program (the workstation, another casedeskctl) has the profile open
     for changes: sync, seed, rekey, restore and remove wait for it to close
</source>
        <translation>命令（本地库）：
  init               用新的随机密钥创建配置
  status             结构版本、所用密钥存储、各项计数
  verify             检查数据库完整性和审计链；发现任何故障时以非零状态退出，
                     并指出审计链断开处的记录
  rekey              用新的随机密钥重新加密本地库
  seed --cases N     分批写入 N 个合成案件（虚构申请人）
  backup DEST        将配置一致地复制到 DEST，其密钥用标准输入中的口令封存
                     （--passphrase-stdin）
  restore BACKUP     由备份生成配置（口令从标准输入读取）；有系统钥匙串
                     响应时密钥存入其中
  sync --platform URL --user U [--one-time-code CODE]
                     与平台完整同步一轮（推送、上传、拉取）；
                     密码从标准输入读取（如有口令，在口令之后）；
                     启用第二重身份鉴别的账号另给令牌显示的动态口令；
                     以 JSON 输出摘要：推送、拉取、冲突、错误
  conflicts          平台未接受的变更（需要处理）
  remove             先销毁配置的密钥，再覆写并删除其全部文件；
                     尚有变更未送达平台时拒绝执行，除非给出
                     --discard-unsent

命令（预审；无需配置）：
  validate KIND VALUE          校验一个值；KIND：id、uscc、mobile、bankcard；
                               有效退出码 0，无效为 1，原因输出到标准输出
  review FILE.json             预审一份申请：以 JSON 输出审核发现；
                               无阻止受理的问题时退出码 0，否则为 1
  deadline --from D --days N   D 之后第 N 个工作日的到期日
  catalogue check FILE         检查目录文件并运行其中的示例

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
  11 另一程序（工作站或另一个 casedeskctl）正以修改方式打开该配置：
     sync、seed、rekey、restore 和 remove 须等其关闭
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
    <message>
        <source>Work with the platform at URL (without it: training mode).</source>
        <translation>连接位于 URL 的平台（不指定则进入培训模式）。</translation>
    </message>
    <message>
        <source>Sign in as USER.</source>
        <translation>以 USER 身份登录。</translation>
    </message>
    <message>
        <source>Allow plain HTTP to a platform that is not on this computer.</source>
        <translation>允许以明文 HTTP 连接非本机的平台。</translation>
    </message>
    <message>
        <source>CaseDesk cannot start</source>
        <translation>CaseDesk 无法启动</translation>
    </message>
    <message>
        <source>Training mode cannot start</source>
        <translation>培训模式无法启动</translation>
    </message>
    <message>
        <source>Signing in failed</source>
        <translation>登录失败</translation>
    </message>
    <message numerus="yes">
        <source>%n unfinished intake(s): Ctrl+Shift+N to resume.</source>
        <translation>
            <numerusform>%n 件未完成的收件：按 Ctrl+Shift+N 继续办理。</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log has been tampered with</source>
        <translation>审计日志已被篡改</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in FILE (PEM) for the platform.</source>
        <translation>连接平台时，同时信任 FILE（PEM 格式）中的 CA 证书。</translation>
    </message>
    <message>
        <source>Accept only this platform certificate: a PEM file, or the SHA-256 fingerprint of the certificate or its public key.</source>
        <translation>只接受此平台证书：PEM 文件，或该证书（或其公钥）的 SHA-256 指纹。</translation>
    </message>
    <message>
        <source>CaseDesk is already open</source>
        <translation>CaseDesk 已经打开</translation>
    </message>
</context>
</TS>
