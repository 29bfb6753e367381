package io.factoreally.junit5.model;

/** A mutable class model (not a record), bound from {@code user.spec.json}. */
public class UserBean {
    public String id;
    public String name;
    public int age;
    public String role;
    public boolean active;
    public String nickname;
    public java.util.List<String> tags;
    public Address address;

    @Override
    public String toString() {
        return "UserBean[" + id + ", " + name + ", " + age + ", " + role + ", " + active + ", " + nickname + ", " + tags + ", " + address + "]";
    }
}
