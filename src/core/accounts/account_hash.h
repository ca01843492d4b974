// Hashed account keys (contract section 5, ALLIANCE_ACCOUNT_HASH): two partners who agree
// a secret can compare hashed lists without showing each other their accounts.
#pragma once

#include <string>
#include <string_view>

#include "core/cell.h"

namespace alliance {

// Lower-case hex HMAC-SHA-256 (RFC 2104, FIPS 180-4) of `message` under `key`, both taken
// as bytes: 64 characters.
[[nodiscard]] std::string hmacSha256Hex(std::string_view key, std::string_view message);

// The hex HMAC-SHA-256 of the account key of `name` (UTF-8) under `secret` (UTF-8, used
// exactly as typed); empty when the key is empty. Throws InputError for an empty secret.
[[nodiscard]] std::string accountHash(std::u16string_view name, std::u16string_view secret);

// The same for a cell (see accountKey(const Cell&)): an empty cell gives an empty text;
// an error value throws InputError naming `what`.
[[nodiscard]] std::string accountHash(const Cell& name, std::u16string_view secret,
                                      std::string_view what = "the name");

// The hash of a key already made, with the secret already in UTF-8 (for loops over many
// names: convert the secret once). Empty when the key is empty. No check of the secret.
[[nodiscard]] std::string accountHashOfKey(std::string_view key, std::string_view secretUtf8);

}  // namespace alliance
