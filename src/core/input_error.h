// The one error type of the core: bad input, explained in one sentence.
#pragma once

#include <stdexcept>
#include <string>

namespace alliance {

// Thrown for input a user can fix (wrong kind, out of range, different shapes,
// nothing usable). what() is a full English sentence naming what was found and
// what is expected; ALLIANCE_CHECK shows it as it is.
class InputError : public std::runtime_error {
 public:
  explicit InputError(const std::string& sentence) : std::runtime_error(sentence) {}
};

}  // namespace alliance
