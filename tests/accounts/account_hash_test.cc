// Contract section 5: ALLIANCE_ACCOUNT_HASH, HMAC-SHA-256 of the account key.
#include "core/accounts/account_hash.h"

#include <gtest/gtest.h>

#include <string>

#include "accounts_test_support.h"
#include "core/accounts/account_key.h"

namespace alliance {
namespace {

using test::inputErrorOf;

std::string bytes(std::size_t count, char value) { return std::string(count, value); }

// RFC 4231, "Identifiers and Test Vectors for HMAC-SHA-224, HMAC-SHA-256, HMAC-SHA-384,
// and HMAC-SHA-512", section 4: the HMAC-SHA-256 results of test cases 1 to 7.
TEST(HmacSha256, MatchesTheRfc4231TestVectors) {
  EXPECT_EQ(hmacSha256Hex(bytes(20, '\x0b'), "Hi There"),
            "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
  EXPECT_EQ(hmacSha256Hex("Jefe", "what do ya want for nothing?"),
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
  EXPECT_EQ(hmacSha256Hex(bytes(20, '\xaa'), bytes(50, '\xdd')),
            "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe");
  std::string key4;
  for (char c = 1; c <= 25; ++c) {
    key4.push_back(c);
  }
  EXPECT_EQ(hmacSha256Hex(key4, bytes(50, '\xcd')),
            "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b");
  // Test case 5 gives the result truncated to 128 bits.
  EXPECT_EQ(hmacSha256Hex(bytes(20, '\x0c'), "Test With Truncation").substr(0, 32),
            "a3b6167473100ee06e0c796c2955552b");
  EXPECT_EQ(
      hmacSha256Hex(bytes(131, '\xaa'), "Test Using Larger Than Block-Size Key - Hash Key First"),
      "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
  EXPECT_EQ(hmacSha256Hex(bytes(131, '\xaa'),
                          "This is a test using a larger than block-size key and a larger "
                          "than block-size data. The key needs to be hashed before being used "
                          "by the HMAC algorithm."),
            "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2");
}

TEST(AccountHash, IsTheHmacOfTheKeyUnderTheSecret) {
  EXPECT_EQ(accountHash(u"ACME Inc.", u"secret"),
            "700f8a71077438948e68c52f90421d3f3361b533d746d90668bce4dc8a387812");
  EXPECT_EQ(accountHash(u"ACME Inc.", u"secret"), hmacSha256Hex("secret", "acme"));
}

TEST(AccountHash, TakesTheSecretAndTheKeyAsUtf8) {
  EXPECT_EQ(accountHash(u"Acme GmbH", u"Geheimnis äöü"),
            "d1d6afb892ca19e6310eba67712c0642f5135b054ecdf63ba1ca68b19b074c36");
  EXPECT_EQ(accountHash(u"ПАО Газпром", u"秘密"),
            "3ff243ae3c996c9d55d6b834c6d87f51227323d2a3da8f8f99ca4826a931d9f8");
}

TEST(AccountHash, GivesOneHashForEverySpellingOfAnAccount) {
  const std::string expected = accountHash(u"Acme", u"s3cret");
  for (const std::u16string_view name :
       {u"Acme Inc.", u"ACME LLC", u"acme.com", u"jane@acme.com", u"The Acme Company"}) {
    EXPECT_EQ(accountHash(name, u"s3cret"), expected);
  }
  EXPECT_EQ(expected.size(), 64u);
  EXPECT_EQ(expected.find_first_not_of("0123456789abcdef"), std::string::npos);
}

TEST(AccountHash, DependsOnTheSecretExactlyAsTyped) {
  EXPECT_NE(accountHash(u"Acme", u"secret"), accountHash(u"Acme", u"Secret"));
  EXPECT_NE(accountHash(u"Acme", u"secret"), accountHash(u"Acme", u"secret "));
}

TEST(AccountHash, IsEmptyWhenTheKeyIsEmpty) {
  EXPECT_EQ(accountHash(u"", u"secret"), "");
  EXPECT_EQ(accountHash(u"   ", u"secret"), "");
  EXPECT_EQ(accountHash(u"jane@gmail.com", u"secret"), "");
  EXPECT_EQ(accountHash(Cell::empty(), u"secret"), "");
  EXPECT_EQ(accountHashOfKey("", "secret"), "");
}

TEST(AccountHash, ExplainsAnEmptySecretAndAnErrorValue) {
  EXPECT_EQ(inputErrorOf([] { return accountHash(u"Acme", u""); }),
            "The secret is empty, but hashing needs the secret agreed with the partner (any "
            "text both sides type the same way).");
  EXPECT_NE(inputErrorOf([] {
              return accountHash(Cell::ofError(), u"secret");
            }).find("The name is an error value"),
            std::string::npos);
}

TEST(AccountHash, KeysToItself) {
  // A hashed list goes through ALLIANCE_OVERLAP, which keys each entry again.
  const std::string hash = accountHash(u"Société Générale S.A.", u"secret");
  EXPECT_EQ(accountKey(std::u16string(hash.begin(), hash.end())), hash);
  std::string upper = hash;
  for (char& c : upper) {
    if (c >= 'a' && c <= 'f') {
      c = static_cast<char>(c - 'a' + 'A');
    }
  }
  EXPECT_EQ(accountKey(std::u16string(upper.begin(), upper.end())), hash);
}

TEST(AccountHash, KeepsCellNumbersAsText) {
  EXPECT_EQ(accountHash(Cell::ofNumber(4711), u"secret"), hmacSha256Hex("secret", "4711"));
}

}  // namespace
}  // namespace alliance
