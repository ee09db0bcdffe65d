// CostRange: USD a month at the low, expected and high ends of the cost assumptions (CostAssumptions):
// an estimate as a range rather than a falsely precise figure.
#pragma once

namespace gw {

struct CostRange
{
    double low = 0;
    double expected = 0;
    double high = 0;

    CostRange& operator+=(const CostRange& other)
    {
        low += other.low;
        expected += other.expected;
        high += other.high;
        return *this;
    }
};

} // namespace gw
