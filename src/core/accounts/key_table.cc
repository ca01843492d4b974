#include "core/accounts/key_table.h"

#include <functional>
#include <limits>
#include <stdexcept>

namespace alliance::accounts_detail {

namespace {

std::uint64_t hashOf(std::string_view key) { return std::hash<std::string_view>{}(key); }

constexpr std::size_t kMinSlots = 16;

}  // namespace

std::string_view KeyTable::key(std::size_t entry) const {
  const std::size_t begin = entry == 0 ? 0 : ends_[entry - 1];
  return std::string_view(arena_).substr(begin, ends_[entry] - begin);
}

void KeyTable::reserve(std::size_t count) {
  std::size_t slots = kMinSlots;
  while (slots < 2 * count) {
    slots *= 2;
  }
  if (slots > slots_.size()) {
    rehash(slots);
  }
  ends_.reserve(count);
}

void KeyTable::rehash(std::size_t slotCount) {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(slotCount, Slot{});
  const std::size_t mask = slotCount - 1;
  for (const Slot& slot : old) {
    if (slot.entry == 0) {
      continue;
    }
    std::size_t i = slot.hash & mask;
    while (slots_[i].entry != 0) {
      i = (i + 1) & mask;
    }
    slots_[i] = slot;
  }
}

// The slot holding `key`, or the free slot where it would go.
std::size_t KeyTable::probe(std::string_view key, std::uint64_t hash) const {
  const std::size_t mask = slots_.size() - 1;
  std::size_t i = hash & mask;
  while (true) {
    const Slot& slot = slots_[i];
    if (slot.entry == 0 || (slot.hash == hash && this->key(slot.entry - 1) == key)) {
      return i;
    }
    i = (i + 1) & mask;
  }
}

std::pair<std::size_t, bool> KeyTable::insert(std::string_view key) {
  if (2 * (size() + 1) > slots_.size()) {
    rehash(slots_.empty() ? kMinSlots : 2 * slots_.size());
  }
  const std::uint64_t hash = hashOf(key);
  const std::size_t i = probe(key, hash);
  if (slots_[i].entry != 0) {
    return {slots_[i].entry - 1, false};
  }
  if (size() >= std::numeric_limits<std::uint32_t>::max() - 1) {
    throw std::length_error("too many account keys");
  }
  arena_.append(key);
  ends_.push_back(arena_.size());
  slots_[i] = Slot{hash, static_cast<std::uint32_t>(size())};
  return {size() - 1, true};
}

std::optional<std::size_t> KeyTable::find(std::string_view key) const {
  if (slots_.empty()) {
    return std::nullopt;
  }
  const std::size_t i = probe(key, hashOf(key));
  if (slots_[i].entry == 0) {
    return std::nullopt;
  }
  return slots_[i].entry - 1;
}

}  // namespace alliance::accounts_detail
