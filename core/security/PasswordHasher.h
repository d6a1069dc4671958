#pragma once

#include "common/Result.h"

#include <QString>

namespace karsa {

// Argon2id password hashes through libsodium (crypto_pwhash_str): the stored string carries the
// algorithm, its cost parameters and a random salt, so verify() needs nothing else.
class PasswordHasher
{
public:
    static Result<QString> hash(const QString& password);
    static bool verify(const QString& storedHash, const QString& password);
    // True for a libsodium Argon2id string ("$argon2id$...").
    static bool isArgon2id(const QString& storedHash);
};

} // namespace karsa
