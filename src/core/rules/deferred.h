// Deferred: a value worked out from what is known now, but only when first read. The engine ranks every
// decision on each priority move, and most of what it could explain about them (sensitivity, leads) is
// never read before the next move. Copies share the work; a write gives the writer a copy of its own.
// Reading from several threads is safe, as for the plain values the results otherwise hold.
#pragma once

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>

namespace gw {

template<class T> class Deferred
{
public:
    Deferred() = default;
    explicit Deferred(std::function<T()> make) : m_state(std::make_shared<State>())
    {
        m_state->make = std::move(make);
    }

    const T& get() const
    {
        if (!m_state) {
            static const T none{};
            return none;
        }
        State& s = *m_state;
        if (!s.ready.load(std::memory_order_acquire)) {
            const std::lock_guard<std::mutex> lock(s.mutex);
            if (!s.ready.load(std::memory_order_relaxed)) {
                s.value = s.make();
                s.make = nullptr; // what it captured is not needed again
                s.ready.store(true, std::memory_order_release);
            }
        }
        return s.value;
    }

    // The value, worked out, for this copy alone to change.
    T& edit()
    {
        const T& now = get();
        if (!m_state || m_state.use_count() > 1) {
            auto own = std::make_shared<State>();
            own->value = now;
            own->ready.store(true, std::memory_order_relaxed);
            m_state = std::move(own);
        }
        return m_state->value;
    }

private:
    struct State
    {
        std::mutex mutex;
        std::atomic_bool ready{false};
        std::function<T()> make;
        T value{};
    };
    std::shared_ptr<State> m_state;
};

} // namespace gw
