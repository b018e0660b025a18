#!/usr/bin/env python3
"""Adds a week of minute statistics (arrivals following the day, latencies, a few failures and backfills) to a demo
database that seed-sync.py has seeded, for board-shots.mjs. Usage: python3 seed-board.py <data dir>/orderdesk.db"""
import math, sqlite3, sys, time, random
db = sqlite3.connect(sys.argv[1])
now = time.time()
def ticks(t): return int(t * 10_000_000) + 621355968000000000
random.seed(11)
shops = {r[0]: r[1] for r in db.execute("select Id, Platform from Shops")}
weight = {"Taobao": 5, "Jd": 3, "Pinduoduo": 4, "WebShop": 1}
for shop_id, platform in shops.items():
    for m in range(7 * 24 * 60):
        minute = int((now - m * 60) // 60 * 60)
        hour = (time.gmtime(minute).tm_hour + 8) % 24  # China time: busy evenings, quiet nights
        rate = weight.get(platform, 1) * (0.3 + 0.7 * max(0.0, math.sin((hour - 6) / 24 * 2 * math.pi)) + (0.6 if 20 <= hour <= 22 else 0))
        received = max(0, int(random.gauss(rate, rate / 3)))
        if received == 0 and m >= 60: continue
        slow = 1 if received and random.random() < 0.03 else 0; mid = min(received - slow, round(received * 0.07)); fast = received - mid - slow
        failures = 1 if random.random() < 0.01 else 0
        backfilled = 1 if random.random() < 0.002 else 0
        pulls = 1 if platform != "WebShop" and m % 2 == 0 else 0
        latency = fast * 600 + mid * 3500 + slow * 40000
        db.execute("""insert into ChannelMinuteStats (ShopId, Minute, Platform, Received, Created, Updated, Failures, Quarantined, Backfilled, Pulls,
            PullFailures, RateLimited, LatencySumMs, LatencyCount, Latency1s, Latency5s, Latency15s, Latency60s, Latency300s, Latency1800s, LatencyOver)
            values (?,?,?,?,?,0,?,0,?,?,0,0,?,?,?,?,0,?,0,0,0)
            on conflict (ShopId, Minute) do update set Failures = excluded.Failures, Backfilled = excluded.Backfilled,
              LatencySumMs = excluded.LatencySumMs, LatencyCount = excluded.LatencyCount, Latency1s = excluded.Latency1s,
              Latency5s = excluded.Latency5s, Latency60s = excluded.Latency60s
            where ChannelMinuteStats.Received > 0""",
            (shop_id, ticks(minute), platform, received, received, failures, backfilled, pulls, latency, received, fast, mid, slow))
db.commit()
print("seeded a week for", len(shops), "shops")
