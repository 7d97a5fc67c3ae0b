#pragma once

#include <QByteArray>

#include <cstddef>
#include <cstdint>

// What every CaseDesk fuzz target shares (docs/fuzzing.md): a QCoreApplication
// set up once in LLVMFuzzerInitialize(), Qt's warnings kept off the terminal
// (a damaged input is expected to be refused, loudly or not), and a way to
// turn a broken property into a crash that libFuzzer records.
namespace casedesk::fuzz {

// The input as the program would hold it: a copy, so that it ends like a
// QByteArray read from a file or the network does.
QByteArray input(const std::uint8_t *data, std::size_t size);

// Aborts, naming the property, the file and the line, when it does not hold.
void expect(bool holds, const char *property, const char *file, int line);

} // namespace casedesk::fuzz

// A property every input must keep, beyond "does not crash".
#define CASEDESK_FUZZ_EXPECT(property) ::casedesk::fuzz::expect(bool(property), #property, __FILE__, __LINE__)
