// Account keys on fuzzed UTF-16. The input's bytes, taken in pairs (little-endian),
// are UTF-16 code units of any value, unpaired surrogates included; the whole text is
// one name, and its first line is also the hashing secret.
// Properties: only InputError leaves the core; keys are UTF-8 without spaces or
// punctuation; every way of keying a name agrees; blank and free-mail entries have no
// key; the hash is the HMAC of the key, 64 hex digits, empty exactly when the key is.
// List matching is fuzzed by fuzz_account_lists.
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/accounts/accounts.h"
#include "core/input_error.h"
#include "core/text.h"
#include "fuzz_support.h"

namespace {

using alliance::Cell;
using alliance::InputError;
using alliance::fuzz::require;
using alliance::fuzz::requireAccountKey;

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::u16string text = alliance::fuzz::utf16FromBytes(data, size);

  const alliance::AccountKey analysed = alliance::analyseAccount(text);
  const std::string key = alliance::accountKey(text);
  requireAccountKey(key, "account key");
  require(key == analysed.key, "analyseAccount and accountKey differ", key);
  require(key == alliance::accountKey(Cell::ofText(text)), "the key of a text cell differs", key);
  if (analysed.form == alliance::AccountForm::Blank ||
      analysed.form == alliance::AccountForm::FreeMail) {
    require(key.empty(), "a blank or free-mail entry has a key", key);
  }
  if (analysed.form == alliance::AccountForm::Name) {
    require(!key.empty(), "a name without a key");
  }

  const std::u16string secret = text.substr(0, text.find(u'\n'));
  try {
    const std::string hash = alliance::accountHash(text, secret);
    require(!secret.empty(), "a hash without a secret");
    require(hash.empty() == key.empty(), "hash and key disagree on being empty", hash);
    require(hash.empty() || hash.size() == 64, "hash length", hash);
    require(hash == alliance::accountHashOfKey(key, alliance::toUtf8(secret)),
            "hash is not the hash of the key", hash);
  } catch (const InputError&) {
    require(secret.empty(), "a secret was rejected");
  }
  return 0;
}
