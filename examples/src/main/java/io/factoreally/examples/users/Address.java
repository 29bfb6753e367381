package io.factoreally.examples.users;

/**
 * A postal address, {@code address} of a {@link User}.
 *
 * @param street street and number
 * @param city   city name
 * @param zip    postal code (a string: leading zeros matter)
 * @param geo    coordinates
 */
public record Address(String street, String city, String zip, Geo geo) {

    /** Latitude and longitude in degrees. */
    public record Geo(double lat, double lng) {
    }
}
