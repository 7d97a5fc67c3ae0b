#include "SecureBytes.h"

#include <QString>

#include <openssl/crypto.h>
#include <sys/mman.h>

#include <unistd.h>

#include <atomic>
#include <cstring>
#include <new>
#include <utility>

namespace casedesk {

namespace {

std::atomic<SecureBytes::ReleaseObserver> releaseObserver{nullptr};

std::size_t pageSize()
{
    static const std::size_t size = [] {
        const long page = ::sysconf(_SC_PAGESIZE);
        return page > 0 ? std::size_t(page) : std::size_t(4096);
    }();
    return size;
}

} // namespace

void SecureBytes::setReleaseObserverForTesting(ReleaseObserver observer)
{
    releaseObserver.store(observer);
}

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
    if (size == 0)
        return;
    // Whole pages of our own: mlock and munlock work on pages, and a page
    // shared with another secret would be unlocked when either is freed.
    const std::size_t capacity = (size + pageSize() - 1) / pageSize() * pageSize();
    void *pages = ::mmap(nullptr, capacity, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (pages == MAP_FAILED)
        throw std::bad_alloc();
    m_data = static_cast<unsigned char *>(pages); // anonymous pages come zeroed
    m_size = size;
    m_capacity = capacity;
    // Best effort: an unprivileged process may exceed RLIMIT_MEMLOCK; the
    // bytes are still wiped on release.
    m_locked = ::mlock(m_data, m_capacity) == 0;
#ifdef MADV_DONTDUMP
    (void)::madvise(m_data, m_capacity, MADV_DONTDUMP);
#endif
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
    if (const ReleaseObserver observer = releaseObserver.load())
        observer(m_data, m_capacity);
    if (m_locked)
        ::munlock(m_data, m_capacity);
    ::munmap(m_data, m_capacity);
    m_data = nullptr;
    m_size = 0;
    m_capacity = 0;
    m_locked = false;
}

SecureBytes jsonStringBetween(QByteArrayView prefix, QStringView text, QByteArrayView suffix)
{
    const auto encodeInto = [&](unsigned char *out) {
        std::size_t length = 0;
        const auto put = [&](unsigned char byte) {
            if (out)
                out[length] = byte;
            ++length;
        };
        for (char c : prefix)
            put(static_cast<unsigned char>(c));
        put('"');
        for (qsizetype i = 0; i < text.size(); ++i) {
            char32_t code = text[i].unicode();
            if (QChar::isHighSurrogate(code) && i + 1 < text.size() && text[i + 1].isLowSurrogate())
                code = QChar::surrogateToUcs4(char16_t(code), text[++i].unicode());
            else if (QChar::isSurrogate(code))
                code = 0xfffd; // a lone surrogate has no UTF-8 form
            if (code == u'"' || code == u'\\') {
                put('\\');
                put(static_cast<unsigned char>(code));
            } else if (code < 0x20) {
                static constexpr char digits[] = "0123456789abcdef";
                for (char c : {'\\', 'u', '0', '0', digits[code >> 4], digits[code & 0xf]})
                    put(static_cast<unsigned char>(c));
            } else if (code < 0x80) {
                put(static_cast<unsigned char>(code));
            } else if (code < 0x800) {
                put(static_cast<unsigned char>(0xc0 | (code >> 6)));
                put(static_cast<unsigned char>(0x80 | (code & 0x3f)));
            } else if (code < 0x10000) {
                put(static_cast<unsigned char>(0xe0 | (code >> 12)));
                put(static_cast<unsigned char>(0x80 | ((code >> 6) & 0x3f)));
                put(static_cast<unsigned char>(0x80 | (code & 0x3f)));
            } else {
                put(static_cast<unsigned char>(0xf0 | (code >> 18)));
                put(static_cast<unsigned char>(0x80 | ((code >> 12) & 0x3f)));
                put(static_cast<unsigned char>(0x80 | ((code >> 6) & 0x3f)));
                put(static_cast<unsigned char>(0x80 | (code & 0x3f)));
            }
        }
        put('"');
        for (char c : suffix)
            put(static_cast<unsigned char>(c));
        return length;
    };
    SecureBytes bytes(encodeInto(nullptr));
    encodeInto(bytes.data());
    return bytes;
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
