#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace karsa {

// An error a user can read: what went wrong and, where known, where (file, row, column, field).
struct Error
{
    QString message;
    QString file;
    QString field;
    int row = -1;    // 1-based data row, -1 when not applicable
    int column = -1; // 1-based column, -1 when not applicable
    // What kind of error this is, for callers that react to it (e.g. sql::conflictCode()); empty
    // for an ordinary error whose message is all there is to it.
    QString code = {};

    // The message with its location prefixed, e.g. "data.csv, baris 4, kolom 2 (nip): ...".
    QString describe() const;
};

// A value or an Error. Core functions return this instead of throwing or showing UI.
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return *m_value; }
    T& value() & { return *m_value; }
    // By value: `for (auto& x : repo.all().value())` must not dangle into the destroyed Result.
    T value() && { return std::move(*m_value); }
    const T* operator->() const { return &*m_value; }
    T* operator->() { return &*m_value; }
    const Error& error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

// Success or an Error, for operations without a value.
class [[nodiscard]] Status
{
public:
    Status() = default;
    Status(Error error) : m_failed(true), m_error(std::move(error)) {}
    static Status success() { return {}; }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return m_error; }

private:
    bool m_failed = false;
    Error m_error;
};

inline Error makeError(QString message)
{
    Error e;
    e.message = std::move(message);
    return e;
}

} // namespace karsa
