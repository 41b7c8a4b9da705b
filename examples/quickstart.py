"""A shop backend's day: who is buying, until when they may withdraw, by when to answer a
complaint. Run it with ``python examples/quickstart.py``; it prints decisions in Polish."""

from datetime import date

import regulamin as rg


def main() -> None:
    # An electrician buys a laptop for invoicing: a contract with no professional character.
    electrician = rg.Customer.sole_trader(pkd_codes=("43.21.Z",), professional_character=False)
    laptop = rg.Contract(
        subject="goods", channel="distance", concluded_on=date(2026, 12, 1), price="3499.00"
    )
    print(rg.customer_status(electrician, laptop.concluded_on).explain("pl"), end="\n\n")

    # Delivered on 10 December: the 14 days end on Wigilia, a day off since 2025.
    delivered = [rg.Delivery(received_on=date(2026, 12, 10))]
    print(rg.withdrawal(electrician, laptop, deliveries=delivered).explain("pl"), end="\n\n")

    # A consumer complains about a defect; the shop asks on 4 January where it stands.
    consumer = rg.Customer.consumer()
    complaint = rg.Complaint(received_on=date(2026, 12, 18), demand="repair")
    reply = rg.complaint_reply(consumer, laptop, complaint, today=date(2027, 1, 4))
    print(reply.explain("pl"))


if __name__ == "__main__":
    main()
