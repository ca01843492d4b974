#include "core/accounts/account_hash.h"

#include <nettle/hmac.h>
#include <nettle/sha2.h>

#include <array>
#include <cstdint>

#include "core/accounts/account_key.h"
#include "core/input_error.h"
#include "core/text.h"

namespace alliance {

namespace {

void requireSecret(std::u16string_view secret) {
  if (secret.empty()) {
    throw InputError(
        "The secret is empty, but hashing needs the secret agreed with the partner (any "
        "text both sides type the same way).");
  }
}

}  // namespace

std::string hmacSha256Hex(std::string_view key, std::string_view message) {
  hmac_sha256_ctx context{};
  hmac_sha256_set_key(&context, key.size(), reinterpret_cast<const std::uint8_t*>(key.data()));
  hmac_sha256_update(&context, message.size(),
                     reinterpret_cast<const std::uint8_t*>(message.data()));
  std::array<std::uint8_t, SHA256_DIGEST_SIZE> digest{};
  hmac_sha256_digest(&context, digest.size(), digest.data());

  constexpr std::string_view kHex = "0123456789abcdef";
  std::string hex;
  hex.reserve(2 * digest.size());
  for (const std::uint8_t byte : digest) {
    hex.push_back(kHex[byte >> 4]);
    hex.push_back(kHex[byte & 0x0F]);
  }
  return hex;
}

std::string accountHashOfKey(std::string_view key, std::string_view secretUtf8) {
  if (key.empty()) {
    return {};
  }
  return hmacSha256Hex(secretUtf8, key);
}

std::string accountHash(std::u16string_view name, std::u16string_view secret) {
  requireSecret(secret);
  return accountHashOfKey(accountKey(name), toUtf8(secret));
}

std::string accountHash(const Cell& name, std::u16string_view secret, std::string_view what) {
  requireSecret(secret);
  return accountHashOfKey(accountKey(name, what), toUtf8(secret));
}

}  // namespace alliance
