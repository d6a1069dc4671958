#include "PasswordHasher.h"

#include <QCoreApplication>

#include <sodium.h>

namespace karsa {

namespace {
bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}
} // namespace

Result<QString> PasswordHasher::hash(const QString& password)
{
    if (!sodiumReady())
        return makeError(QCoreApplication::translate("Users", "The password library could not be started"));
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                              crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE,
                              crypto_pwhash_ALG_ARGON2ID13) != 0)
        return makeError(QCoreApplication::translate("Users", "Not enough memory to hash the password"));
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString& storedHash, const QString& password)
{
    if (!sodiumReady() || !isArgon2id(storedHash))
        return false;
    const QByteArray stored = storedHash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(), static_cast<unsigned long long>(utf8.size())) == 0;
}

bool PasswordHasher::isArgon2id(const QString& storedHash)
{
    return storedHash.startsWith(u"$argon2id$") && storedHash.size() < int(crypto_pwhash_STRBYTES);
}

} // namespace karsa
