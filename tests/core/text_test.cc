// UTF-8 validation: what a path or a file's text must be before the office
// sees it as a URL or a string.
#include <gtest/gtest.h>

#include <string>

#include "core/text.h"

namespace alliance {
namespace {

TEST(Utf8, WellFormedTextIsUtf8) {
  EXPECT_TRUE(isUtf8(""));
  EXPECT_TRUE(isUtf8("plain ASCII /tmp/out"));
  EXPECT_TRUE(isUtf8("M\xC3\xBCller"));                 // ü
  EXPECT_TRUE(isUtf8("\xE6\xA0\xAA\xE5\xBC\x8F"));      // 株式
  EXPECT_TRUE(isUtf8("\xF0\x9F\x98\x80"));              // U+1F600
  EXPECT_TRUE(isUtf8("\xF4\x8F\xBF\xBF"));              // U+10FFFF
  EXPECT_TRUE(isUtf8(std::string("nul\0inside", 10)));  // a NUL is a character
}

TEST(Utf8, Latin1BytesAreNotUtf8) {
  EXPECT_FALSE(isUtf8("out\xFF"));
  EXPECT_FALSE(isUtf8("M\xFCller"));  // ü in Latin-1
  EXPECT_FALSE(isUtf8("\x80"));       // a continuation byte first
}

TEST(Utf8, MalformedSequencesAreNotUtf8) {
  EXPECT_FALSE(isUtf8("\xC3"));              // cut short
  EXPECT_FALSE(isUtf8("\xE6\xA0"));          // cut short
  EXPECT_FALSE(isUtf8("\xC3\x28"));          // no continuation byte
  EXPECT_FALSE(isUtf8("\xC0\xAF"));          // overlong '/'
  EXPECT_FALSE(isUtf8("\xE0\x80\xAF"));      // overlong '/'
  EXPECT_FALSE(isUtf8("\xED\xA0\x80"));      // a surrogate
  EXPECT_FALSE(isUtf8("\xF4\x90\x80\x80"));  // above U+10FFFF
  EXPECT_FALSE(isUtf8("\xF5\x80\x80\x80"));
}

}  // namespace
}  // namespace alliance
