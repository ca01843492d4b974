// Account list matching on fuzzed UTF-16. The input's bytes, taken in pairs
// (little-endian), are UTF-16 code units of any value, unpaired surrogates included.
// Split at U+000A the text is a list of up to 64 entries, where an entry U+0001 is an
// empty cell, U+0002 an error value, and one starting with U+0003 a number (its
// remaining units as ASCII digits). A U+000C entry splits the list into ours and theirs.
// Properties: only InputError leaves the core; an error value in a list is reported;
// every way of matching lists (overlap count and list, sets, matchPosition, the index
// and the add-in's index cache) agrees with the keys worked out one by one.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <deque>
#include <optional>
#include <string>
#include <vector>

#include "core/accounts/accounts.h"
#include "core/input_error.h"
#include "core/text.h"
#include "fuzz_support.h"

namespace {

using alliance::Cell;
using alliance::InputError;
using alliance::fuzz::require;
using alliance::fuzz::requireAccountKey;

constexpr std::size_t kMaxEntries = 64;
constexpr std::size_t kMatchedOneByOne = 4;

struct Lists {
  std::deque<std::u16string> texts;
  std::vector<Cell> ours;
  std::vector<Cell> theirs;
  bool hasError = false;
};

Cell entryCell(std::u16string_view entry, Lists& lists) {
  if (entry == u"\u0001") {
    return Cell::empty();
  }
  if (entry == u"\u0002") {
    lists.hasError = true;
    return Cell::ofError();
  }
  if (!entry.empty() && entry.front() == u'\u0003') {
    std::string digits;
    for (const char16_t c : entry.substr(1)) {
      digits.push_back(c < 0x80 ? static_cast<char>(c) : '?');
    }
    return Cell::ofNumber(std::strtod(digits.c_str(), nullptr));
  }
  return Cell::ofText(lists.texts.emplace_back(entry));
}

void splitLists(std::u16string_view text, Lists& lists) {
  std::vector<Cell>* target = &lists.ours;
  std::size_t start = 0;
  while (start <= text.size() && lists.ours.size() + lists.theirs.size() < kMaxEntries) {
    std::size_t end = text.find(u'\n', start);
    if (end == std::u16string_view::npos) {
      end = text.size();
    }
    const std::u16string_view entry = text.substr(start, end - start);
    if (entry == u"\u000C") {
      target = &lists.theirs;
    } else {
      target->push_back(entryCell(entry, lists));
    }
    start = end + 1;
  }
  if (target == &lists.ours) {
    lists.theirs = lists.ours;
  }
}

std::string keyOf(const Cell& cell) { return alliance::accountKey(cell, "entry"); }

// The 1-based position matchPosition must give, worked out key by key.
std::optional<std::size_t> expectedMatch(const std::string& key,
                                         const std::vector<std::string>& listKeys) {
  if (key.empty()) {
    return std::nullopt;
  }
  for (std::size_t i = 0; i < listKeys.size(); ++i) {
    if (listKeys[i] == key) {
      return i + 1;
    }
  }
  return std::nullopt;
}

void checkLists(const Lists& lists) {
  static alliance::AccountIndexCache cache;  // kept across inputs, as in the add-in
  if (lists.hasError) {
    bool threw = false;
    try {
      static_cast<void>(alliance::overlapCount(lists.ours, lists.theirs));
    } catch (const InputError&) {
      threw = true;
    }
    require(threw, "an error value in a list is not reported");
    try {
      static_cast<void>(cache.indexFor(lists.theirs, "theirs"));
    } catch (const InputError&) {
      // the error value is in theirs
    }
    return;
  }
  const std::size_t count = alliance::overlapCount(lists.ours, lists.theirs);
  require(count == alliance::overlapCount(lists.theirs, lists.ours), "overlap is not symmetric");
  const alliance::AccountSet ours(lists.ours, "ours");
  const alliance::AccountSet theirs(lists.theirs, "theirs");
  require(count == alliance::overlapCount(ours, theirs), "overlap of sets differs");
  const std::vector<std::size_t> shared = alliance::overlapList(lists.ours, lists.theirs);
  require(shared.size() == count, "overlap list and count differ");
  for (std::size_t k = 0; k < shared.size(); ++k) {
    require(shared[k] < lists.ours.size() && (k == 0 || shared[k] > shared[k - 1]),
            "overlap list out of order");
    const std::string key = keyOf(lists.ours[shared[k]]);
    require(!key.empty() && theirs.contains(key), "overlap list entry not shared");
  }
  const alliance::AccountIndex index(lists.theirs, "theirs");
  const alliance::AccountIndex& cached = cache.indexFor(lists.theirs, "theirs");
  std::vector<std::string> theirKeys;
  for (const Cell& cell : lists.theirs) {
    theirKeys.push_back(keyOf(cell));
  }
  for (std::size_t i = 0; i < lists.ours.size(); ++i) {
    const Cell& name = lists.ours[i];
    const std::optional<std::size_t> expected = expectedMatch(keyOf(name), theirKeys);
    if (i < kMatchedOneByOne) {  // matchPosition keys the whole list on every call
      require(alliance::matchPosition(name, lists.theirs) == expected, "matchPosition");
    }
    require(index.match(name) == expected, "AccountIndex");
    require(cached.match(name) == expected, "AccountIndexCache");
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::u16string text = alliance::fuzz::utf16FromBytes(data, size);
  Lists lists;
  splitLists(text, lists);
  for (const Cell& cell : lists.ours) {
    if (cell.kind == Cell::Kind::Number) {
      requireAccountKey(keyOf(cell), "key of a number");
    }
  }
  checkLists(lists);
  return 0;
}
