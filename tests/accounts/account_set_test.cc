// Contract section 5: ALLIANCE_OVERLAP, ALLIANCE_OVERLAP_LIST and ALLIANCE_MATCH in the
// core, and the property that the overlap of hashed lists is the overlap of the keys.
#include "core/accounts/account_set.h"

#include <gtest/gtest.h>

#include <random>
#include <set>
#include <string>
#include <vector>

#include "accounts_test_support.h"
#include "core/accounts/account_hash.h"
#include "core/accounts/account_key.h"

namespace alliance {
namespace {

using test::CellList;
using test::inputErrorOf;

// ---------------------------------------------------------------------------
// ALLIANCE_OVERLAP
// ---------------------------------------------------------------------------

TEST(Overlap, CountsDistinctKeysFoundInBothLists) {
  const CellList ours = {u"Acme Inc.", u"Globex GmbH", u"Initech", u"Umbrella Corp"};
  const CellList theirs = {u"ACME", u"initech.com", u"Hooli", u"Vandelay Industries"};
  EXPECT_EQ(overlapCount(ours.cells(), theirs.cells()), 2u);
  EXPECT_EQ(overlapCount(theirs.cells(), ours.cells()), 2u);
}

TEST(Overlap, CountsAKeyOnceHoweverOftenEitherListHasIt) {
  const CellList ours = {u"Acme Inc.", u"ACME", u"acme.com", u"Globex"};
  const CellList theirs = {u"Acme Ltd", u"jane@acme.com", u"Acme", u"Globex AG", u"Globex"};
  EXPECT_EQ(overlapCount(ours.cells(), theirs.cells()), 2u);
}

TEST(Overlap, SkipsEmptyCellsAndEmptyKeys) {
  CellList ours;
  ours.empty().text(u"   ").text(u"jane@gmail.com").text(u"---").text(u"Acme");
  CellList theirs;
  theirs.text(u"").text(u"bob@gmail.com").empty().text(u"Acme");
  // The free-mail addresses have empty keys: they do not match each other.
  EXPECT_EQ(overlapCount(ours.cells(), theirs.cells()), 1u);
}

TEST(Overlap, IsZeroForEmptyOrDisjointLists) {
  const CellList none;
  const CellList some = {u"Acme"};
  const CellList other = {u"Globex"};
  EXPECT_EQ(overlapCount(none.cells(), some.cells()), 0u);
  EXPECT_EQ(overlapCount(some.cells(), none.cells()), 0u);
  EXPECT_EQ(overlapCount(some.cells(), other.cells()), 0u);
}

TEST(Overlap, ReadsNumbersAsTheirText) {
  CellList ours;
  ours.number(4711).text(u"Acme");
  CellList theirs;
  theirs.text(u"4711").number(3);
  EXPECT_EQ(overlapCount(ours.cells(), theirs.cells()), 1u);
}

TEST(Overlap, ExplainsAnErrorValueInEitherList) {
  CellList good = {u"Acme"};
  CellList bad;
  bad.text(u"Acme").error();
  EXPECT_EQ(inputErrorOf([&] { return overlapCount(good.cells(), bad.cells()); }),
            "Entry 2 of theirs is an error value, but an account must be a name, a domain, a "
            "URL or an e-mail address.");
  EXPECT_EQ(inputErrorOf([&] { return overlapCount(bad.cells(), good.cells()); }),
            "Entry 2 of ours is an error value, but an account must be a name, a domain, a "
            "URL or an e-mail address.");
}

// ---------------------------------------------------------------------------
// ALLIANCE_OVERLAP_LIST
// ---------------------------------------------------------------------------

TEST(OverlapList, ListsTheFirstEntryOfEachSharedKeyInTheOrderOfOurs) {
  const CellList ours = {u"Umbrella Corp", u"Globex GmbH", u"Acme Inc.", u"GLOBEX",
                         u"Initech",       u"acme.com",    u"Hooli"};
  const CellList theirs = {u"Acme", u"Hooli Inc.", u"Globex", u"Nakatomi"};
  EXPECT_EQ(overlapList(ours.cells(), theirs.cells()), (std::vector<std::size_t>{1, 2, 6}));
}

TEST(OverlapList, SkipsEmptyCellsAndEmptyKeys) {
  CellList ours;
  ours.empty().text(u"a@gmail.com").text(u" ").text(u"Acme");
  CellList theirs;
  theirs.text(u"b@gmail.com").text(u"ACME LLC");
  EXPECT_EQ(overlapList(ours.cells(), theirs.cells()), (std::vector<std::size_t>{3}));
}

TEST(OverlapList, IsEmptyWhenNothingIsShared) {
  const CellList ours = {u"Acme"};
  const CellList theirs = {u"Globex"};
  EXPECT_TRUE(overlapList(ours.cells(), theirs.cells()).empty());
  EXPECT_TRUE(overlapList(CellList{}.cells(), theirs.cells()).empty());
}

TEST(OverlapList, ExplainsAnErrorValue) {
  CellList bad;
  bad.error();
  const CellList good = {u"Acme"};
  EXPECT_NE(inputErrorOf([&] {
              return overlapList(bad.cells(), good.cells());
            }).find("Entry 1 of ours is an error value"),
            std::string::npos);
}

// ---------------------------------------------------------------------------
// ALLIANCE_MATCH
// ---------------------------------------------------------------------------

TEST(Match, GivesTheOneBasedPositionOfTheFirstEntryWithTheSameKey) {
  CellList list;
  list.text(u"Globex").empty().text(u"Acme Inc.").text(u"ACME").text(u"Initech");
  const std::u16string name = u"acme ltd";
  EXPECT_EQ(matchPosition(Cell::ofText(name), list.cells()), 3u);
  const std::u16string domain = u"https://initech.com/";
  EXPECT_EQ(matchPosition(Cell::ofText(domain), list.cells()), 5u);
}

TEST(Match, GivesNothingForAnAbsentNameOrAnEmptyKey) {
  const CellList list = {u"Acme", u"a@gmail.com"};
  const std::u16string absent = u"Globex";
  const std::u16string freeMail = u"b@gmail.com";
  const std::u16string blank = u"  ";
  EXPECT_EQ(matchPosition(Cell::ofText(absent), list.cells()), std::nullopt);
  EXPECT_EQ(matchPosition(Cell::ofText(freeMail), list.cells()), std::nullopt);
  EXPECT_EQ(matchPosition(Cell::ofText(blank), list.cells()), std::nullopt);
  EXPECT_EQ(matchPosition(Cell::empty(), list.cells()), std::nullopt);
  EXPECT_EQ(matchPosition(Cell::ofText(absent), CellList{}.cells()), std::nullopt);
}

TEST(Match, MatchesNumbers) {
  CellList list;
  list.text(u"Acme").number(4711);
  const std::u16string text = u"4711";
  EXPECT_EQ(matchPosition(Cell::ofText(text), list.cells()), 2u);
  EXPECT_EQ(matchPosition(Cell::ofNumber(4711), list.cells()), 2u);
}

TEST(Match, ExplainsAnErrorValueInTheNameOrTheList) {
  CellList bad;
  bad.text(u"Acme").error();
  const std::u16string name = u"Acme";
  EXPECT_NE(inputErrorOf([&] {
              return matchPosition(Cell::ofError(), bad.cells());
            }).find("The name is an error value"),
            std::string::npos);
  EXPECT_NE(inputErrorOf([&] {
              return matchPosition(Cell::ofText(name), bad.cells());
            }).find("Entry 2 of the list is an error value"),
            std::string::npos);
}

// ---------------------------------------------------------------------------
// AccountSet, AccountIndex and the cache
// ---------------------------------------------------------------------------

TEST(AccountSetApi, HoldsDistinctNonEmptyKeysInTheOrderFirstSeen) {
  const CellList list = {u"Acme Inc.", u"", u"Globex", u"ACME", u"a@gmail.com"};
  const AccountSet set(list.cells());
  EXPECT_EQ(set.size(), 2u);
  EXPECT_EQ(set.keyAt(0), "acme");
  EXPECT_EQ(set.keyAt(1), "globex");
  EXPECT_TRUE(set.contains("acme"));
  EXPECT_FALSE(set.contains(""));
  EXPECT_FALSE(set.contains("initech"));

  AccountSet built;
  EXPECT_TRUE(built.empty());
  EXPECT_TRUE(built.insert("acme"));
  EXPECT_FALSE(built.insert("acme"));
  EXPECT_FALSE(built.insert(""));
  EXPECT_EQ(overlapCount(set, built), 1u);
  EXPECT_EQ(overlapCount(built, set), 1u);
}

TEST(AccountSetApi, GrowsPastItsFirstTable) {
  AccountSet set;
  for (int i = 0; i < 10000; ++i) {
    EXPECT_TRUE(set.insert("key" + std::to_string(i)));
  }
  EXPECT_EQ(set.size(), 10000u);
  for (int i = 0; i < 10000; ++i) {
    ASSERT_TRUE(set.contains("key" + std::to_string(i)));
    ASSERT_EQ(set.keyAt(static_cast<std::size_t>(i)), "key" + std::to_string(i));
  }
  EXPECT_FALSE(set.contains("key10000"));
}

TEST(AccountIndexApi, FindsTheFirstPositionOfEachKey) {
  CellList list;
  list.text(u"Globex").empty().text(u"Acme Inc.").text(u"ACME");
  const AccountIndex index(list.cells());
  EXPECT_EQ(index.size(), 2u);
  EXPECT_EQ(index.find("acme"), 3u);
  EXPECT_EQ(index.find("globex"), 1u);
  EXPECT_EQ(index.find(""), std::nullopt);
  EXPECT_EQ(index.find("initech"), std::nullopt);
  const std::u16string name = u"acme.com";
  EXPECT_EQ(index.match(Cell::ofText(name)), 3u);
}

TEST(AccountIndexApi, CacheRebuildsOnlyForAnotherList) {
  AccountIndexCache cache;
  CellList first = {u"Acme", u"Globex"};
  EXPECT_EQ(cache.indexFor(first.cells()).find("globex"), 2u);
  const AccountIndex* reused = &cache.indexFor(first.cells());
  EXPECT_EQ(reused->find("globex"), 2u);

  CellList second = {u"Globex", u"Acme"};
  EXPECT_EQ(cache.indexFor(second.cells()).find("globex"), 1u);
  CellList longer = {u"Globex", u"Acme", u"Initech"};
  EXPECT_EQ(cache.indexFor(longer.cells()).find("initech"), 3u);
  CellList numbers;
  numbers.number(1).number(2);
  EXPECT_EQ(cache.indexFor(numbers.cells()).find("2"), 2u);
  CellList otherNumbers;
  otherNumbers.number(2).number(1);
  EXPECT_EQ(cache.indexFor(otherNumbers.cells()).find("2"), 1u);

  CellList bad;
  bad.error();
  EXPECT_FALSE(inputErrorOf([&] { return cache.indexFor(bad.cells()).size(); }).empty());
  EXPECT_EQ(cache.indexFor(first.cells()).find("acme"), 1u);
}

// ---------------------------------------------------------------------------
// Properties on random lists (fixed seed)
// ---------------------------------------------------------------------------

// Realistic-looking names drawn from small pools, so that lists share many keys under
// different spellings.
class RandomAccounts {
 public:
  explicit RandomAccounts(unsigned seed) : random_(seed) {}

  CellList list(std::size_t size) {
    CellList cells;
    std::uniform_int_distribution<int> pick(0, 99);
    for (std::size_t i = 0; i < size; ++i) {
      const int p = pick(random_);
      if (p < 5) {
        cells.empty();
      } else if (p < 8) {
        cells.text(u"someone@gmail.com");
      } else if (p < 10) {
        cells.number(static_cast<double>(pick(random_)));
      } else {
        cells.text(name());
      }
    }
    return cells;
  }

 private:
  std::u16string name() {
    static const std::vector<std::u16string> stems = {
        u"Acme",  u"Globex", u"Initech", u"Müller", u"Ørsted",  u"Société Nord", u"Sakura",
        u"Atlas", u"Vertex", u"Pacific", u"Nordic", u"Łódź",    u"Zeta",         u"Hooli",
        u"Delta", u"Omega",  u"Kumar",   u"Bravo",  u"Nakatomi"};
    static const std::vector<std::u16string> words = {
        u"", u" Logistics", u" Foods", u" Systems", u" Energy", u" Bank", u" Holdings", u" Group"};
    static const std::vector<std::u16string> forms = {
        u"",        u" Inc.", u" GmbH", u" S.A.", u" Ltd",  u" Pty Ltd",   u" AB",   u" A/S",
        u" S.p.A.", u" K.K.", u" LLC",  u" plc",  u" B.V.", u" Co., Ltd.", u" SARL", u" Oy"};
    auto any = [this](const std::vector<std::u16string>& v) {
      return v[std::uniform_int_distribution<std::size_t>(0, v.size() - 1)(random_)];
    };
    std::u16string n = any(stems) + any(words) + any(forms);
    const int style = std::uniform_int_distribution<int>(0, 5)(random_);
    if (style == 0) {
      for (char16_t& c : n) {
        if (c >= u'a' && c <= u'z') {
          c = static_cast<char16_t>(c - u'a' + u'A');
        }
      }
    } else if (style == 1) {
      n = u"The " + n;
    }
    return n;
  }

  std::mt19937 random_;
};

std::set<std::string> keySet(const CellList& list) {
  std::set<std::string> keys;
  for (const Cell& cell : list.cells()) {
    if (std::string k = accountKey(cell); !k.empty()) {
      keys.insert(std::move(k));
    }
  }
  return keys;
}

TEST(OverlapProperty, EqualsTheCountOfSharedKeysFoundTheSlowWay) {
  RandomAccounts random(42);
  for (int round = 0; round < 50; ++round) {
    const CellList ours = random.list(200);
    const CellList theirs = random.list(150);
    const std::set<std::string> a = keySet(ours);
    const std::set<std::string> b = keySet(theirs);
    std::size_t shared = 0;
    for (const std::string& k : a) {
      shared += b.count(k);
    }
    ASSERT_EQ(overlapCount(ours.cells(), theirs.cells()), shared);
    ASSERT_EQ(overlapCount(AccountSet(ours.cells()), AccountSet(theirs.cells())), shared);

    // The list: the first entry of ours for each shared key, in order.
    std::vector<std::size_t> expected;
    std::set<std::string> listed;
    for (std::size_t i = 0; i < ours.size(); ++i) {
      const std::string k = accountKey(ours.cells()[i]);
      if (!k.empty() && b.contains(k) && listed.insert(k).second) {
        expected.push_back(i);
      }
    }
    ASSERT_EQ(overlapList(ours.cells(), theirs.cells()), expected);

    // Match: the first position of every name of ours in theirs.
    const AccountIndex index(theirs.cells());
    for (const Cell& name : ours.cells()) {
      std::optional<std::size_t> slow;
      const std::string k = accountKey(name);
      for (std::size_t j = 0; j < theirs.size() && !k.empty(); ++j) {
        if (accountKey(theirs.cells()[j]) == k) {
          slow = j + 1;
          break;
        }
      }
      ASSERT_EQ(matchPosition(name, theirs.cells()), slow);
      ASSERT_EQ(index.match(name), slow);
    }
  }
}

TEST(OverlapProperty, OverlapOfHashesEqualsOverlapOfKeys) {
  RandomAccounts random(7);
  const std::u16string secret = u"shared secret ✓";
  for (int round = 0; round < 30; ++round) {
    const CellList ours = random.list(300);
    const CellList theirs = random.list(300);
    CellList ourHashes;
    CellList theirHashes;
    for (const Cell& cell : ours.cells()) {
      const std::string h = accountHash(cell, secret);
      ourHashes.text(std::u16string(h.begin(), h.end()));  // hex: ASCII
    }
    for (const Cell& cell : theirs.cells()) {
      const std::string h = accountHash(cell, secret);
      theirHashes.text(std::u16string(h.begin(), h.end()));
    }
    ASSERT_EQ(overlapCount(ourHashes.cells(), theirHashes.cells()),
              overlapCount(ours.cells(), theirs.cells()));
    ASSERT_EQ(overlapList(ourHashes.cells(), theirHashes.cells()),
              overlapList(ours.cells(), theirs.cells()));
  }
}

TEST(OverlapProperty, JoinsTwoHundredThousandRowsInOnePass) {
  auto name = [](int n, std::u16string_view form) {
    const std::string digits = std::to_string(n);
    std::u16string text = u"Supplier ";
    text.push_back(static_cast<char16_t>(u'A' + n % 26));
    text.append(digits.begin(), digits.end());
    text.append(form);
    return text;
  };
  CellList ours;
  CellList theirs;
  for (int i = 0; i < 100000; ++i) {
    ours.text(name(i, u" GmbH"));
    theirs.text(name(i + 50000, u" Inc."));
  }
  // ours has 0..99999, theirs 50000..149999: 50,000 shared.
  EXPECT_EQ(overlapCount(ours.cells(), theirs.cells()), 50000u);
  const std::vector<std::size_t> list = overlapList(ours.cells(), theirs.cells());
  ASSERT_EQ(list.size(), 50000u);
  EXPECT_EQ(list.front(), 50000u);
  EXPECT_EQ(list.back(), 99999u);
}

}  // namespace
}  // namespace alliance
