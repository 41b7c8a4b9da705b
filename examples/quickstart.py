"""A shop backend's day: who is buying, until when they may withdraw, by when to answer a
complaint. Run it with ``python examples/quickstart.py``; it prints decisions in Polish."""

from datetime import date

import regulamin as rg


def main() -> None:
    electrician = rg.Customer.sole_trader(pkd_codes=("43.21.Z",), professional_character=False)
    status = rg.customer_status(electrician, date(2026, 12, 1))
    print(status.explain("pl"), end="\n\n")


if __name__ == "__main__":
    main()
