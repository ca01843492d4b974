// A compact hash set of byte strings (internal to the accounts library): open addressing
// with linear probing over one array of slots, the strings in one arena. Entries are
// numbered 0, 1, 2, ... in insertion order, so callers keep values in parallel vectors.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace alliance::accounts_detail {

class KeyTable {
 public:
  // Makes room for `count` entries without growing.
  void reserve(std::size_t count);
  // The entry of `key`, and whether it was added now.
  std::pair<std::size_t, bool> insert(std::string_view key);
  [[nodiscard]] std::optional<std::size_t> find(std::string_view key) const;
  [[nodiscard]] std::size_t size() const { return ends_.size(); }
  [[nodiscard]] std::string_view key(std::size_t entry) const;

 private:
  struct Slot {
    std::uint64_t hash = 0;
    std::uint32_t entry = 0;  // entry + 1; 0: free
  };
  void rehash(std::size_t slotCount);
  [[nodiscard]] std::size_t probe(std::string_view key, std::uint64_t hash) const;

  std::vector<Slot> slots_;
  std::string arena_;
  std::vector<std::size_t> ends_;  // entry i is arena_[ends_[i-1] .. ends_[i])
};

}  // namespace alliance::accounts_detail
