#include "SyntheticCases.h"

#include "review/CitizenIdNumber.h"
#include "review/UnifiedSocialCreditCode.h"

#include "common/TimeOrderedId.h"

using namespace Qt::StringLiterals;

namespace casedesk {

namespace {

// Real county codes (GB/T 2260), so the region check passes.
const QStringList regions{u"110101"_s, u"310104"_s, u"440305"_s, u"330106"_s,
                          u"510107"_s, u"420106"_s, u"320102"_s, u"610113"_s};
const QStringList surnames{u"王"_s, u"李"_s, u"张"_s, u"刘"_s, u"陈"_s, u"杨"_s, u"赵"_s, u"黄"_s, u"周"_s, u"吴"_s,
                           u"徐"_s, u"孙"_s, u"胡"_s, u"朱"_s, u"高"_s, u"林"_s, u"何"_s, u"郭"_s, u"马"_s, u"欧阳"_s};
const QStringList givenNames{u"样例"_s, u"测试"_s, u"演示"_s, u"培训"_s, u"示范"_s, u"模拟"_s, u"练习"_s};
const QStringList companyWords{u"培训样例"_s, u"演示模拟"_s, u"测试示范"_s, u"练习虚构"_s};
const QStringList companyKinds{u"科技有限公司"_s, u"餐饮管理有限公司"_s, u"商贸有限公司"_s, u"农业专业合作社"_s};
const QStringList itemCodes{
    u"bundle.business-startup"_s,  u"bdc.transfer"_s,      u"gjj.withdrawal"_s,       u"yb.reimbursement"_s,
    u"sb.pension-certification"_s, u"ga.hukou-transfer"_s, u"ny.machinery-subsidy"_s, u"ny.land-transfer-filing"_s,
    u"sc.annual-report"_s,         u"bundle.newborn"_s};
const QStringList counters{u"W01"_s, u"W02"_s, u"W03"_s, u"W04"_s};
const QStringList staff{u"staff.li"_s, u"staff.wang"_s, u"staff.zhang"_s, u"staff.chen"_s, u"staff.zhao"_s};

} // namespace

SyntheticCases::SyntheticCases(quint32 seed, QString hallId) : m_random(seed), m_hallId(std::move(hallId))
{ }

QString SyntheticCases::pick(const QStringList &values)
{
    return values.at(qsizetype(m_random.bounded(quint32(values.size()))));
}

QString SyntheticCases::personIdNumber()
{
    const QDate birth = QDate(1940, 1, 1).addDays(m_random.bounded(365 * 65));
    // Sequence codes 900-995: plausible in form, rarely issued.
    const int sequence = 900 + int(m_random.bounded(96u));
    const QString first17 = pick(regions) + birth.toString(u"yyyyMMdd"_s) + QString::number(sequence);
    return first17 + CitizenIdNumber::checkCharacter(first17);
}

QString SyntheticCases::companyCreditCode()
{
    QString organisation;
    for (int i = 0; i < 8; ++i)
        organisation += QChar(u'0' + int(m_random.bounded(10u)));
    organisation += UnifiedSocialCreditCode::organisationCheckCharacter(organisation);
    // 9 = market regulation authority, 1 = enterprise.
    const QString first17 = u"91"_s + pick(regions) + organisation;
    return first17 + UnifiedSocialCreditCode::checkCharacter(first17);
}

NewCase SyntheticCases::next()
{
    NewCase entry;
    Applicant &applicant = entry.applicant;
    applicant.id = newTimeOrderedId();
    const bool company = m_random.bounded(5u) == 0;
    if (company) {
        applicant.kind = Applicant::Kind::Company;
        applicant.name = pick(companyWords) + pick(companyKinds);
        applicant.idNumber = companyCreditCode();
    } else {
        applicant.kind = Applicant::Kind::Person;
        applicant.name = pick(surnames) + pick(givenNames);
        applicant.idNumber = personIdNumber();
    }
    applicant.mobile = u"1990000%1"_s.arg(m_random.bounded(10000u), 4, 10, QChar(u'0'));
    applicant.address = u"培训数据（虚构地址）第%1号"_s.arg(m_random.bounded(1, 1000));

    Case &c = entry.caseRecord;
    c.id = newTimeOrderedId();
    c.applicantId = applicant.id;
    c.itemCode = pick(itemCodes);
    c.hallId = m_hallId;
    c.counterId = pick(counters);
    c.staffId = pick(staff);
    static constexpr CaseState states[] = {CaseState::Draft,       CaseState::PreReviewed, CaseState::CorrectionIssued,
                                           CaseState::Resubmitted, CaseState::Accepted,    CaseState::InProgress,
                                           CaseState::Completed,   CaseState::Rejected,    CaseState::Withdrawn};
    c.state = states[m_random.bounded(quint32(std::size(states)))];
    c.createdUtc = QDateTime::currentDateTimeUtc().addSecs(-qint64(m_random.bounded(90u * 24 * 3600)));
    c.updatedUtc = c.createdUtc;
    c.correctionNoticeGiven = c.state == CaseState::CorrectionIssued || c.state == CaseState::Resubmitted;
    if (hasReceiptNumber(c.state)) {
        c.acceptedUtc = c.createdUtc.addSecs(600);
        // Unique across seeding runs: the random last 12 hex digits of the case id.
        c.receiptNumber = u"%1-%2-%3"_s.arg(m_hallId, c.createdUtc.toString(u"yyyyMMdd"_s), c.id.right(12).toUpper());
        c.dueDate = c.createdUtc.date().addDays(20);
    }
    c.form = QJsonObject{{u"applicantName"_s, applicant.name}, {u"synthetic"_s, true}};
    return entry;
}

} // namespace casedesk
