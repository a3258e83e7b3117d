"""claimcheck: a fact-checking and consistency validator for the numbers in news writing."""
