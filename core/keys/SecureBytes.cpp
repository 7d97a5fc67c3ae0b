#include "SecureBytes.h"

#include <QString>

#include <openssl/crypto.h>
#include <sys/mman.h>

#include <cstring>
#include <utility>

namespace casedesk {

SecureBytes::SecureBytes(std::size_t size)
{
    allocate(size);
}

SecureBytes::SecureBytes(const char *data, std::size_t size)
{
    allocate(size);
    if (size > 0)
        std::memcpy(m_data, data, size);
}

SecureBytes::~SecureBytes()
{
    wipe();
}

SecureBytes::SecureBytes(SecureBytes &&other) noexcept
    : m_data(std::exchange(other.m_data, nullptr)),
      m_size(std::exchange(other.m_size, 0)),
      m_capacity(std::exchange(other.m_capacity, 0)),
      m_locked(std::exchange(other.m_locked, false))
{ }

SecureBytes &SecureBytes::operator=(SecureBytes &&other) noexcept
{
    if (this != &other) {
        wipe();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
        m_capacity = std::exchange(other.m_capacity, 0);
        m_locked = std::exchange(other.m_locked, false);
    }
    return *this;
}

SecureBytes SecureBytes::takeFrom(QByteArray &source)
{
    SecureBytes result(source.constData(), std::size_t(source.size()));
    wipeByteArray(source);
    return result;
}

void SecureBytes::allocate(std::size_t size)
{
    m_size = size;
    m_capacity = size;
    if (size == 0)
        return;
    m_data = new unsigned char[size]();
    // Best effort: an unprivileged process may exceed RLIMIT_MEMLOCK; the
    // bytes are still wiped on release.
    m_locked = ::mlock(m_data, size) == 0;
}

SecureBytes SecureBytes::clone() const
{
    return SecureBytes(constChar(), m_size);
}

SecureBytes SecureBytes::toHex() const
{
    static constexpr char digits[] = "0123456789abcdef";
    SecureBytes hex(m_size * 2);
    for (std::size_t i = 0; i < m_size; ++i) {
        hex.m_data[2 * i] = static_cast<unsigned char>(digits[m_data[i] >> 4]);
        hex.m_data[2 * i + 1] = static_cast<unsigned char>(digits[m_data[i] & 0x0f]);
    }
    return hex;
}

bool SecureBytes::equals(const SecureBytes &other) const
{
    return m_size == other.m_size && (m_size == 0 || CRYPTO_memcmp(m_data, other.m_data, m_size) == 0);
}

void SecureBytes::truncate(std::size_t size)
{
    if (size >= m_size)
        return;
    OPENSSL_cleanse(m_data + size, m_size - size);
    m_size = size;
}

void SecureBytes::wipe()
{
    if (!m_data)
        return;
    OPENSSL_cleanse(m_data, m_capacity);
    if (m_locked)
        ::munlock(m_data, m_capacity);
    delete[] m_data;
    m_data = nullptr;
    m_size = 0;
    m_capacity = 0;
    m_locked = false;
}

void wipeByteArray(QByteArray &bytes)
{
    // data() detaches a shared copy first; callers keep secrets unshared so
    // that this wipes the only copy. truncate() keeps the (now zeroed)
    // allocation rather than handing unwiped memory back to the heap.
    if (!bytes.isEmpty())
        OPENSSL_cleanse(bytes.data(), std::size_t(bytes.size()));
    bytes.truncate(0);
}

void wipeString(QString &text)
{
    if (!text.isEmpty())
        OPENSSL_cleanse(text.data(), std::size_t(text.size()) * sizeof(QChar));
    text.truncate(0);
}

} // namespace casedesk
