#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QStringView>

#include <cstddef>

namespace casedesk {

// Key material and passwords live here: the buffer is locked in memory where
// the OS allows it (never swapped) and wiped with OPENSSL_cleanse when freed.
// Move-only, so no stray copy survives.
//
// Each buffer has whole pages of its own (mmap), so that unlocking one
// never unlocks a neighbour's secret that shared its page, and the pages
// are left out of core dumps (MADV_DONTDUMP). A failing mlock (an
// unprivileged process over RLIMIT_MEMLOCK) is not fatal: isLocked() says
// so, and the bytes are still wiped.
class SecureBytes
{
public:
    SecureBytes() = default;
    explicit SecureBytes(std::size_t size);
    SecureBytes(const char *data, std::size_t size);
    ~SecureBytes();

    SecureBytes(SecureBytes &&other) noexcept;
    SecureBytes &operator=(SecureBytes &&other) noexcept;
    SecureBytes(const SecureBytes &) = delete;
    SecureBytes &operator=(const SecureBytes &) = delete;

    // Takes the bytes of a QByteArray and wipes the source in place.
    static SecureBytes takeFrom(QByteArray &source);

    std::size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    unsigned char *data() { return m_data; }
    const unsigned char *data() const { return m_data; }
    const char *constChar() const { return reinterpret_cast<const char *>(m_data); }
    QByteArrayView view() const { return QByteArrayView(constChar(), qsizetype(m_size)); }

    SecureBytes clone() const;
    // Lower-case hexadecimal, itself kept in secure memory.
    SecureBytes toHex() const;
    // Constant-time comparison.
    bool equals(const SecureBytes &other) const;
    // Drops trailing bytes (wiping them) without reallocating.
    void truncate(std::size_t size);

    void wipe();

    // Whether the OS agreed to keep these bytes out of swap.
    bool isLocked() const { return m_locked; }

    // For tests: called with the buffer after it was wiped and just before
    // it is given back to the OS, to show that nothing of the secret is left.
    using ReleaseObserver = void (*)(const unsigned char *data, std::size_t capacity);
    static void setReleaseObserverForTesting(ReleaseObserver observer);

private:
    void allocate(std::size_t size);

    unsigned char *m_data = nullptr;
    std::size_t m_size = 0;
    std::size_t m_capacity = 0;
    bool m_locked = false;
};

// prefix, then text as a JSON string (RFC 8259, section 7) in UTF-8, then
// suffix, written straight into secure memory: a request body that carries
// a password, without the copies QJsonObject and QString::toUtf8() leave.
SecureBytes jsonStringBetween(QByteArrayView prefix, QStringView text, QByteArrayView suffix);

// Wipes a QByteArray that held a secret (passphrase read from stdin, a dialog).
void wipeByteArray(QByteArray &bytes);
void wipeString(QString &text);

} // namespace casedesk
