from eventwire.coding.places import find_place
from eventwire.kb import load_kb


def test_a_bilingual_city_is_known_by_each_half_of_its_name():
    # GeoNames writes "Donostia / San Sebastián"; the Guatemalan San Sebastián is far smaller
    for name in ("San Sebastian", "Donostia"):
        place = find_place(load_kb(), name)
        assert place is not None and place.country == "ESP"
