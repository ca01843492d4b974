// Google Benchmark of account mapping: keys per second on realistic names, and the hash
// join of two 100,000-row lists (target: at least 1 million keys a second on one core;
// ALLIANCE_OVERLAP over two 100,000-row columns well under a second).
//
//   alliance_accounts_benchmark --benchmark_counters_tabular=true
#include <benchmark/benchmark.h>

#include <cstddef>
#include <deque>
#include <random>
#include <string>
#include <vector>

#include "core/accounts/accounts.h"

namespace {

using alliance::Cell;

// Names as CRM exports have them: a stem, sometimes a second word, often a legal form,
// mixed case, accents, a few domains and e-mail addresses; fixed seed.
class NameMaker {
 public:
  explicit NameMaker(unsigned seed) : random_(seed) {}

  std::u16string name(std::size_t id) {
    static const std::vector<std::u16string> stems = {
        u"Acme",     u"Globex", u"Initech",   u"Müller",     u"Ørsted",    u"Société Nord",
        u"Sakura",   u"Atlas",  u"Vertex",    u"Pacific",    u"Nordic",    u"Łódź Metal",
        u"Zeta",     u"Hooli",  u"Delta",     u"Omega",      u"Kumar",     u"Bravo",
        u"Nakatomi", u"Crédit", u"São Paulo", u"Blue Ridge", u"Red Rock",  u"Silver Lake",
        u"Alpine",   u"Baltic", u"Cascade",   u"Dragon",     u"Evergreen", u"Falcon"};
    static const std::vector<std::u16string> words = {
        u"",         u" Logistics",  u" Foods",      u" Systems",  u" Energy",
        u" Bank",    u" Holdings",   u" Group",      u" Software", u" Électronique",
        u" Médical", u" Consulting", u" & Partners", u" Trading",  u" Industries"};
    static const std::vector<std::u16string> forms = {
        u"",      u" Inc.",         u" GmbH",   u" S.A.",    u" Ltd",          u" Pty Ltd",
        u" AB",   u" A/S",          u" S.p.A.", u" K.K.",    u" LLC",          u" plc",
        u" B.V.", u" Co., Ltd.",    u" SARL",   u" Oy",      u" Sp. z o.o.",   u", Inc.",
        u" AG",   u" S.A. de C.V.", u" Corp.",  u" Limited", u" GmbH & Co. KG"};
    // The company (stem, number, second word) depends on the id only; how it is spelled
    // (legal form, case, "The", domain or e-mail) on the maker's seed.
    const std::string number = std::to_string(id);
    std::u16string n = stems[id % stems.size()] + u" " +
                       std::u16string(number.begin(), number.end()) +
                       words[(id / stems.size()) % words.size()] + pick(forms);
    const int style = std::uniform_int_distribution<int>(0, 19)(random_);
    if (style == 0) {
      n = u"The " + n;
    } else if (style == 1) {
      for (char16_t& c : n) {
        if (c >= u'a' && c <= u'z') {
          c = static_cast<char16_t>(c - u'a' + u'A');
        }
      }
    } else if (style == 2) {
      n = u"www.company" + std::u16string(number.begin(), number.end()) + u".com";
    } else if (style == 3) {
      n = u"jane.doe@company" + std::u16string(number.begin(), number.end()) + u".co.uk";
    } else if (style == 4) {
      n = u"someone@gmail.com";
    }
    return n;
  }

 private:
  const std::u16string& pick(const std::vector<std::u16string>& v) {
    return v[std::uniform_int_distribution<std::size_t>(0, v.size() - 1)(random_)];
  }

  std::mt19937 random_;
};

// A list of text cells that owns its texts.
struct List {
  std::deque<std::u16string> texts;
  std::vector<Cell> cells;
};

// `size` names numbered from `first`: two lists built with overlapping ranges share
// the names in the overlap (each spelled independently).
List makeList(std::size_t first, std::size_t size, unsigned seed) {
  NameMaker maker(seed);
  List list;
  list.cells.reserve(size);
  for (std::size_t i = 0; i < size; ++i) {
    list.cells.push_back(Cell::ofText(list.texts.emplace_back(maker.name(first + i))));
  }
  return list;
}

void BM_AccountKey(benchmark::State& state) {
  const List list = makeList(0, 10000, 1);
  std::string key;
  std::size_t i = 0;
  for ([[maybe_unused]] auto _ : state) {
    alliance::accountKeyInto(list.cells[i].text, key);
    benchmark::DoNotOptimize(key.data());
    i = i + 1 == list.cells.size() ? 0 : i + 1;
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_AccountKey);

void BM_AccountKeyNonLatin(benchmark::State& state) {
  const std::vector<std::u16string> names = {u"トヨタ自動車株式会社",   u"中国银行股份有限公司",
                                             u"삼성전자 주식회사",      u"ПАО Газпром",
                                             u"Τράπεζα Πειραιώς Α.Ε.",  u"बजाज ऑटो लिमिटेड",
                                             u"บริษัท ปตท. จำกัด (มหาชน)", u"شركة أرامكو السعودية"};
  std::string key;
  std::size_t i = 0;
  for ([[maybe_unused]] auto _ : state) {
    alliance::accountKeyInto(names[i], key);
    benchmark::DoNotOptimize(key.data());
    i = i + 1 == names.size() ? 0 : i + 1;
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_AccountKeyNonLatin);

void BM_AccountHash(benchmark::State& state) {
  const List list = makeList(0, 10000, 2);
  const std::string secret = "agreed secret";
  std::string key;
  std::size_t i = 0;
  for ([[maybe_unused]] auto _ : state) {
    alliance::accountKeyInto(list.cells[i].text, key);
    benchmark::DoNotOptimize(alliance::accountHashOfKey(key, secret));
    i = i + 1 == list.cells.size() ? 0 : i + 1;
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_AccountHash);

// ALLIANCE_OVERLAP: two 100,000-row lists sharing 50,000 accounts.
void BM_Overlap100k(benchmark::State& state) {
  const List ours = makeList(0, 100000, 3);
  const List theirs = makeList(50000, 100000, 4);
  std::size_t shared = 0;
  for ([[maybe_unused]] auto _ : state) {
    shared = alliance::overlapCount(ours.cells, theirs.cells);
    benchmark::DoNotOptimize(shared);
  }
  state.counters["shared"] = static_cast<double>(shared);
  state.SetItemsProcessed(state.iterations() * 200000);
}
BENCHMARK(BM_Overlap100k)->Unit(benchmark::kMillisecond);

// ALLIANCE_OVERLAP_LIST on the same lists.
void BM_OverlapList100k(benchmark::State& state) {
  const List ours = makeList(0, 100000, 3);
  const List theirs = makeList(50000, 100000, 4);
  for ([[maybe_unused]] auto _ : state) {
    benchmark::DoNotOptimize(alliance::overlapList(ours.cells, theirs.cells));
  }
  state.SetItemsProcessed(state.iterations() * 200000);
}
BENCHMARK(BM_OverlapList100k)->Unit(benchmark::kMillisecond);

// ALLIANCE_MATCH once per row against one 100,000-row list: the cache keys the list once,
// then each call compares the list and looks one key up.
void BM_MatchCached100k(benchmark::State& state) {
  const List list = makeList(0, 100000, 5);
  const List names = makeList(50000, 1000, 6);
  alliance::AccountIndexCache cache;
  std::size_t i = 0;
  for ([[maybe_unused]] auto _ : state) {
    const alliance::AccountIndex& index = cache.indexFor(list.cells, "the list");
    benchmark::DoNotOptimize(index.match(names.cells[i]));
    i = i + 1 == names.cells.size() ? 0 : i + 1;
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_MatchCached100k)->Unit(benchmark::kMicrosecond);

}  // namespace

BENCHMARK_MAIN();
