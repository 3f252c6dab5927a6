#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace swb {

// Why an operation has no value: the sentence the user reads (already
// translated, saying what to try), and the facts a caller may act on.
struct Failure
{
    QString message;
    int errorNumber = 0; // errno of the system call that failed; 0 when none did
    qint64 offset = -1;  // where the input broke (byte or character); -1 when it does not apply
};

// The one way every layer reports a failure: the value, or a Failure.
//
//   Result<Workspace> loaded = WorkspaceFile::load(path);
//   if (!loaded)
//       showError(loaded.message());
//   else
//       apply(*loaded);
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_state(std::in_place_index<0>, std::move(value)) {}
    Result(Failure failure) : m_state(std::in_place_index<1>, std::move(failure)) {}

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_state); }
    T &value() & { return std::get<0>(m_state); }
    T &&value() && { return std::get<0>(std::move(m_state)); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }
    T valueOr(T fallback) const { return ok() ? value() : std::move(fallback); }

    const Failure &failure() const { return std::get<1>(m_state); }
    QString message() const { return ok() ? QString() : failure().message; }

private:
    std::variant<T, Failure> m_state;
};

// Success without a value, or a Failure.
template <>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Failure failure) : m_failure(std::move(failure)), m_ok(false) {}

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const Failure &failure() const { return m_failure; }
    QString message() const { return m_failure.message; }

private:
    Failure m_failure;
    bool m_ok = true;
};

} // namespace swb
