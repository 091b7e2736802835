package vn.cchc.portal.agencies;

/**
 * An agency to create as part of a reorganisation (it exists from the event's effective
 * date).
 */
public record NewAgency(String code, String name, String shortName, AgencyKind kind, Long parentId) {
}
