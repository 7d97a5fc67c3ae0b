#pragma once

#include "Catalogue.h"

#include <QByteArray>
#include <QString>

namespace casedesk {

// Reads a catalogue file and checks all of it before anything is used: a
// malformed file, an unknown rule type or a rule pointing at nothing is
// refused with the file, item and rule named — never a crash, never half a
// catalogue.
class CatalogueLoader
{
public:
    static constexpr int formatVersion = 1;
    // A catalogue is a few hundred kilobytes; anything far larger is refused.
    static constexpr qint64 maximumSize = 16 * 1024 * 1024;

    static Expected<Catalogue> fromJson(const QByteArray &json, const QString &fileName);
    static Expected<Catalogue> fromFile(const QString &path);
    // The catalogue compiled into the program (resources/catalogue/).
    static Expected<Catalogue> bundled();
};

} // namespace casedesk
