"""Formula pieces more than one city uses: dates and periods, the retirement age, scales, and reporting values the
sources do not give. Every number still comes from the pack."""
