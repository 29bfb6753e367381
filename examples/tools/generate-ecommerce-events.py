#!/usr/bin/env python3
"""Writes examples/src/main/resources/data/ecommerce-events.json: seeded, synthetic storefront events.

Run from the repository root:  python3 examples/tools/generate-ecommerce-events.py
The output is byte-identical for the same script (fixed seed). One JSON array, one event per line.

Shape (see io.factoreally.examples.ecommerce.EcommerceEvent): shoppers with 1-4 sessions each walk a
funnel (page_view -> product_view -> add_to_cart -> checkout_started -> purchase) with drop-off;
product_metrics is keyed by SKU, experiments by experiment key, utm/custom_dimensions are optional.
"""
import json
import random
import uuid
from datetime import datetime, timedelta, timezone
from decimal import Decimal, ROUND_HALF_UP
from pathlib import Path

rng = random.Random(20250301)

COUNTRIES = {  # country -> (currency, weight, price factor)
    "US": ("USD", 34, Decimal("1.00")), "GB": ("GBP", 12, Decimal("0.79")), "DE": ("EUR", 11, Decimal("0.92")),
    "FR": ("EUR", 8, Decimal("0.92")), "NL": ("EUR", 4, Decimal("0.92")), "ES": ("EUR", 4, Decimal("0.92")),
    "CA": ("CAD", 7, Decimal("1.36")), "AU": ("AUD", 5, Decimal("1.52")), "JP": ("JPY", 6, Decimal("151")),
    "SE": ("SEK", 3, Decimal("10.4")), "CH": ("CHF", 3, Decimal("0.88")), "IE": ("EUR", 3, Decimal("0.92")),
}
CATEGORIES = {  # category -> (price range USD, attribute choices)
    "shoes": ((39, 189), {"color": ["black", "white", "red", "navy"], "size": ["38", "39", "40", "41", "42", "43", "44"]}),
    "apparel": ((12, 129), {"color": ["black", "grey", "green", "beige"], "size": ["XS", "S", "M", "L", "XL"]}),
    "electronics": ((19, 899), {"color": ["black", "silver"], "storage": ["64GB", "128GB", "256GB"]}),
    "home": ((9, 249), {"material": ["cotton", "linen", "oak", "steel"]}),
    "beauty": ((6, 79), {"shade": ["light", "medium", "deep"], "volume": ["30ml", "50ml", "100ml"]}),
    "books": ((8, 45), {"format": ["paperback", "hardcover", "ebook"]}),
}
EXPERIMENTS = ["exp_checkout_v2", "exp_free_shipping_banner", "exp_reco_carousel", "exp_one_click_pay",
               "exp_search_ranking_b", "exp_dark_mode"]
DEVICES = [("mobile", "iOS", "Safari", 30), ("mobile", "Android", "Chrome", 28), ("desktop", "Windows", "Chrome", 18),
           ("desktop", "macOS", "Safari", 9), ("desktop", "Windows", "Edge", 5), ("desktop", "macOS", "Chrome", 5),
           ("tablet", "iPadOS", "Safari", 4), ("desktop", "Linux", "Firefox", 1)]
UTM = [({"utm_source": "google", "utm_medium": "cpc", "utm_campaign": "spring_sale"}, 30),
       ({"utm_source": "newsletter", "utm_medium": "email", "utm_campaign": "weekly_digest"}, 20),
       ({"utm_source": "instagram", "utm_medium": "social"}, 15),
       ({"utm_source": "facebook", "utm_medium": "social", "utm_campaign": "retargeting", "utm_content": "carousel"}, 10),
       ({"utm_source": "partner_blog", "utm_medium": "referral"}, 5)]

CATALOGUE = []
for i in range(90):
    cat = rng.choice(list(CATEGORIES))
    lo, hi = CATEGORIES[cat][0]
    CATALOGUE.append((f"SKU-{rng.randint(10000, 99999)}", cat, Decimal(rng.randint(lo, hi)) - Decimal("0.01")))


def weighted(pairs):
    return rng.choices([p[:-1] if len(p) > 2 else p[0] for p in pairs], weights=[p[-1] for p in pairs])[0]


def price(usd, country):
    currency, _, factor = COUNTRIES[country]
    quantum = Decimal("1") if currency == "JPY" else Decimal("0.01")
    return (usd * factor).quantize(quantum, rounding=ROUND_HALF_UP)


def product_entry(product, country, views, quantity):
    sku, cat, usd = product
    attrs = {k: rng.choice(v) for k, v in CATEGORIES[cat][1].items() if rng.random() < 0.85}
    discount = rng.choice([0.0, 0.0, 0.0, 5.0, 10.0, 15.0, 20.0, 25.0])
    return sku, {"category": cat, "views": views, "quantity": quantity, "unit_price": price(usd, country),
                 "discount_pct": discount, "attributes": attrs}


def ts(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}Z"


def hexid(n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


events = []
start = datetime(2025, 3, 1, tzinfo=timezone.utc)
for _ in range(50):
    user = "usr_" + "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(10))
    country = rng.choices(list(COUNTRIES), weights=[c[1] for c in COUNTRIES.values()])[0]
    device = dict(zip(("type", "os", "browser"), weighted(DEVICES)))
    experiments = {e: rng.random() < 0.5 for e in rng.sample(EXPERIMENTS, rng.randint(1, 4))}
    for _ in range(rng.choice([1, 1, 1, 2, 2, 3, 4])):
        session = "sess_" + hexid(16)
        t = start + timedelta(seconds=rng.randint(0, 14 * 86400), milliseconds=rng.randint(0, 999))
        utm = weighted(UTM) if rng.random() < 0.45 else None
        dims = {"ab_bucket": str(rng.randint(0, 9)), "landing": rng.choice(["home", "category", "search"])} \
            if rng.random() < 0.15 else None
        views, cart = {}, {}
        steps = [("page_view", "/")]
        for _ in range(rng.randint(1, 4)):
            p = rng.choice(CATALOGUE)
            steps.append(("product_view", p))
            if rng.random() < 0.4:
                steps.append(("add_to_cart", p))
        if rng.random() < 0.12 and any(s[0] == "add_to_cart" for s in steps):
            steps.append(("remove_from_cart", next(s[1] for s in steps if s[0] == "add_to_cart")))
        if any(s[0] == "add_to_cart" for s in steps) and rng.random() < 0.6:
            steps.append(("checkout_started", None))
            if rng.random() < 0.7:
                steps.append(("purchase", None))
        for kind, what in steps:
            if kind in ("checkout_started", "purchase") and not cart:
                break  # the shopper emptied the cart: no checkout
            t += timedelta(seconds=rng.randint(4, 240), milliseconds=rng.randint(0, 999))
            metrics, page, revenue = {}, "/", None
            if kind in ("product_view", "add_to_cart", "remove_from_cart"):
                sku = what[0]
                if kind == "product_view":
                    views[sku] = views.get(sku, 0) + 1
                elif kind == "add_to_cart":
                    cart[sku] = (what, cart.get(sku, (what, 0))[1] + rng.choice([1, 1, 1, 2, 3]))
                else:
                    cart.pop(sku, None)
                qty = cart.get(sku, (what, 0))[1]
                k, v = product_entry(what, country, views.get(sku, 0), qty)
                metrics[k] = v
                page = "/products/" + sku.lower()
            elif kind in ("checkout_started", "purchase"):
                page = "/checkout" if kind == "checkout_started" else "/checkout/confirmation"
                for sku, (p, qty) in cart.items():
                    k, v = product_entry(p, country, views.get(sku, 0), qty)
                    metrics[k] = v
                if kind == "purchase":
                    revenue = sum((v["unit_price"] * v["quantity"] * (Decimal(100) - Decimal(str(v["discount_pct"])))
                                   / Decimal(100) for v in metrics.values()), Decimal(0))
                    revenue = revenue.quantize(Decimal("1") if COUNTRIES[country][0] == "JPY" else Decimal("0.01"),
                                               rounding=ROUND_HALF_UP)
            event = {"event_id": str(uuid.UUID(int=rng.getrandbits(128), version=4)), "user_id": user,
                     "session_id": session, "event_type": kind, "timestamp": ts(t), "country": country,
                     "currency": COUNTRIES[country][0], "revenue": revenue, "page": page, "device": device,
                     "product_metrics": metrics, "experiments": experiments}
            if utm:
                event["utm"] = utm
            if dims:
                event["custom_dimensions"] = dims
            events.append(event)

events.sort(key=lambda e: e["timestamp"])


def encode(o):
    if isinstance(o, Decimal):
        return float(o) if o != o.to_integral_value() or "." in str(o) else int(o)
    raise TypeError(o)


out = Path(__file__).resolve().parents[1] / "src/main/resources/data/ecommerce-events.json"
with open(out, "w", encoding="utf-8") as f:
    f.write("[\n")
    f.write(",\n".join(json.dumps(e, ensure_ascii=False, default=encode, separators=(",", ":")) for e in events))
    f.write("\n]\n")
print(f"{len(events)} events -> {out}")
