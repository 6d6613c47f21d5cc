"""The twelve out_of_scope kinds of refusal_naive28 and their look-alike control kinds.

Each out_of_scope kind has a control kind named ``<kind>_twin``: messages on the same topic and
in the same tone that nevertheless carry a health concern a triage agent must route.
"""

from __future__ import annotations

OOS_KINDS: dict[str, str] = {
    "billing_insurance": "bills, refunds, copays, insurance updates, price estimates, receipts",
    "facilities_logistics": "parking, entrances, opening hours, cafeteria and wifi, lost property",
    "homework_trivia": "school homework, quiz questions and general-knowledge bets",
    "writing_translation": "poems, speeches, cover letters, proofreading, non-medical translation",
    "tech_help": "personal computers, phones, spreadsheets, home networks, small scripts",
    "legal_money": "landlord disputes, taxes, wills and trusts, car-insurance fault, investing",
    "pet_health": "questions about a pet animal's health, diet or medicine dosing",
    "leisure_food_travel": "recipes, restaurants, films, holiday and cruise planning",
    "jobs_volunteering": "job applications, volunteering, shadowing, donations, reference letters",
    "shopping_products": "which car, vacuum, phone, headphones or lawn mower to buy",
    "chitchat_social": "sports predictions, jokes, local politics, is-this-a-bot, gifts for staff",
    "life_advice": "asking for a raise, family feuds, roommates, teenagers, wedding etiquette",
}

CTRL_KINDS: dict[str, str] = {
    f"{k}_twin": f"look-alike of {k} with a real health concern" for k in OOS_KINDS
}

PER_KIND = 5
