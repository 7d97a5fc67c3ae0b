#pragma once

#include "common/Expected.h"
#include "feedback/FollowUps.h"

#include <QList>

namespace casedesk {

// What the supervisor desk needs of the follow-ups of bad ratings (差评整改):
// the open ones, and closing one with what was done. The desk works without
// one (no ratings on this workstation): its panel then says there is nothing
// to follow up.
class FollowUpSource
{
public:
    virtual ~FollowUpSource() = default;
    virtual Expected<QList<FollowUp>> openFollowUps() const = 0;
    virtual Expected<void> close(const QString &followUpId, const QString &note) = 0;
};

// The vault's follow-ups (FollowUpStore), acting for the signed-in user.
class StoredFollowUps final : public FollowUpSource
{
public:
    explicit StoredFollowUps(FollowUpStore store) : m_store(std::move(store)) { }

    Expected<QList<FollowUp>> openFollowUps() const override { return m_store.open(); }
    Expected<void> close(const QString &followUpId, const QString &note) override
    {
        auto closed = m_store.close(followUpId, note);
        if (!closed)
            return closed.error();
        return {};
    }

private:
    FollowUpStore m_store;
};

} // namespace casedesk
